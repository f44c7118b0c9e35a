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

/** A currency pair named by its two currencies joined by "to" before the rate: "the Pound to Euro exchange rate". */
class RatePairsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Today the Pound to Euro exchange rate is trading at 1.1725.              | GBP/EUR | 1.1725
            The Euro to US Dollar exchange rate is at present trading at 1.0842      | EUR/USD | 1.0842
            The pound to dollar exchange rate stood at 1.2650 at midday.             | GBP/USD | 1.265
            The Pound to Japanese Yen exchange rate is at present at 188.4100        | GBP/JPY | 188.41
            """)
    void namesThePairBaseFirst(String sentence, String pair, double level) {
        // Given a rate named by its base currency, "to", and its quote currency

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the level is the pair's, not the quote currency's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level).containsExactly(tuple(pair, level));
    }

    @Test
    void leavesAMoveAgainstAnotherCurrencyToTheCurrency() {
        // Given a currency that moves "to" a level against another, with no rate named
        String sentence = "Sterling rose 0.4% to 1.2710 against the dollar.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the move stays the named currency's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("British pound", 0.4, 1.271));
    }
}
