package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sum counted in crores (tens of millions of rupees) is the wealth or turnover of a market, not a move or price. */
class CroreAmountsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsNoMoveFromTheWealthInvestorsGained() {
        // Given a headline of two indices closing higher and the crores investors gained
        String headline = "Sensex, Nifty end higher: investors gain ₹41,000 crore in a day";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(headline);

        // Then the crores are no move of either index
        assertThat(figures).isEmpty();
    }

    @Test
    void stillReadsAMoveAndPriceInRupees() {
        // Given a stock's gain and price in rupees
        String sentence = "Reliance Industries gained Rs 24 to Rs 2,910.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then both are read
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePoints, MarketFigure::level)
                .containsExactly(tuple("Reliance Industries", 24.0, 2910.0));
    }
}
