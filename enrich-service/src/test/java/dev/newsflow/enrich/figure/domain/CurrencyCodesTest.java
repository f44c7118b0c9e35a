package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A price written after an ISO 4217 code the written forms do not list ("GHC1.29", "UGX 210") is a price in it. */
class CurrencyCodesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Shares of Nvidia rose 0.8% to close at GHC1.29 on the Accra bourse.      | 0.8  | 1.29  | GHS
            Shares of Nvidia gained 2.5% to UGX 210 in Kampala.                        | 2.5  | 210   | UGX
            Shares of Nvidia slipped 1.1% to JMD 45.60 in Kingston trading.            | -1.1 | 45.6  | JMD
            """)
    void readsThePriceAfterTheCode(String text, double percent, double level, String currency) {
        // Given a move and a price written after a currency's ISO code

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the price is the level, in that currency
        assertThat(figures).extracting(MarketFigure::changePercent, MarketFigure::level, MarketFigure::currency)
                .containsExactly(tuple(percent, level, currency));
    }

    @Test
    void leavesACodeThatIsAWordOfAName() {
        // Given an index whose name has a word in capitals that is also a currency's code
        String text = "The FTSE/JSE TOP 40 index rose 1.2% to 68,420.50.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then 40 is no price, and the index's close is its level
        assertThat(figures).extracting(MarketFigure::level).containsExactly(68420.5);
    }
}
