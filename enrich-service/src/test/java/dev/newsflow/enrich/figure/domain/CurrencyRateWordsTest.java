package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a currency report words the rate and the currency it is quoted in. */
class CurrencyRateWordsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsUnitsPerDollarAsTheRate() {
        // Given a rate counted in units per dollar
        String sentence = "The Chilean peso firmed 0.4% against the dollar, trading at 912.50 units per greenback.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the units are the peso's level
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Chilean peso", 0.4, 912.5));
    }

    @Test
    void takesTheCurrencyValueIsLostToAsTheQuoteCurrency() {
        // Given a currency that lost value to the dollar, then its rate
        String sentence = "The rand lost 1.2% of its value to the US dollar this week, trading at 18.40.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the rate is the rand's and the dollar gives no figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("South African rand", -1.2, 18.4));
    }
}
