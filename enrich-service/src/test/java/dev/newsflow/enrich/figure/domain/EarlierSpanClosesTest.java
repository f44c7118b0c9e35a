package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "closed at 4,310.20, down 41.5 from last week's 4,351.70, a fall of 0.95%": the move is the close's, not the week's. */
class EarlierSpanClosesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Straits Times Index closed at 4,310.20, down 41.5 from last week's 4,351.70, a fall of 0.95%.          | Straits Times Index | -0.95 | 4310.2  | 4351.7
            The Kospi ended at 2,615.40 on May 9, up 20.1 from last week's (May 2) 2,595.30, an increase of about 0.77%. | Kospi               | 0.77  | 2615.4  | 2595.3
            """)
    void theEarlierCloseIsAFigureOfItsOwn(String text, String subject, double percent, double close, double earlier) {
        // Given a close, then its move against last week's close

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move joins the close, and last week's close is a level of another time
        assertThat(figures).filteredOn(f -> f.subject().equals(subject))
                .extracting(MarketFigure::changePercent, MarketFigure::level)
                .containsExactlyInAnyOrder(Tuple.tuple(percent, close), Tuple.tuple(null, earlier));
        assertThat(figures).filteredOn(f -> Double.valueOf(earlier).equals(f.level()))
                .extracting(MarketFigure::period).containsExactly(MarketFigure.Period.OTHER);
    }
}
