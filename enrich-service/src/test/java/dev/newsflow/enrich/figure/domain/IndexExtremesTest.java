package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "The day's high was", "The session's low was": the extreme of the index named last, as of any other instrument. */
class IndexExtremesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Nikkei 225 rose 1.2% to 38,400.10 on Tuesday. The day's high was 38,512.77.    | Nikkei 225 | 38512.77
            The Kospi slipped 0.4% to 2,610.35. The session's low was 2,598.02.                | Kospi      | 2598.02
            Silver gained 0.9% to $31.20 an ounce. The day's low was $30.85.                   | Silver     | 30.85
            """)
    void anExtremeWithNoNameIsTheLastOnes(String text, String subject, double level) {
        // Given a sentence telling a move, then one telling the session's high or low with no name of its own

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the extreme is a level of the instrument named before, within the session
        assertThat(figures).filteredOn(f -> f.level() != null && f.level() == level).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo(subject))
                .extracting(MarketFigure::period).isEqualTo(MarketFigure.Period.INTRADAY);
    }

    @Test
    void anIndexHasNoPriceToReferTo() {
        // Given an index named, then a price of a stock the extractor does not know
        String text = "The Hang Seng rose 1% to 18,200.50. The top price gainer ended at HK$45.10.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the price is not taken for a level of the index
        assertThat(figures).extracting(MarketFigure::level).containsExactly(18200.5);
    }
}
