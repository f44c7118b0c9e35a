package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A move told as a noun right after its number, as a comparison names another instrument's ("outpacing the Nikkei
 * 225's 6% gain", "trailing a 1.5% decline in the CSI 300"), is of the longer span the sentence's move before it is.
 */
class ComparedMoveNounsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Kospi has climbed 14% this year, outpacing the Nikkei 225's 6% gain.              | Nikkei 225 | 6    | YTD
            The Hang Seng has fallen 3.2% this month, trailing a 1.5% decline in the CSI 300.     | CSI 300    | -1.5 | MONTH
            The Kospi rose 1.2% on Monday, outpacing the Nikkei 225's 0.4% gain.                  | Nikkei 225 | 0.4  | -
            """)
    void aComparedMoveNounTakesTheSpanOfTheMoveBeforeIt(String text, String subject, double move,
            MarketFigure.Period period) {
        // Given a move over a span and another instrument's move told as a noun it is compared with

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the compared move is of the same span, and of the latest session after a move of the latest session
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
