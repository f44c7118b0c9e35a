package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ticker in brackets after a name that ends in an abbreviated legal suffix ("Ridgeway Papers Co. (NYSE: SSP)") is
 * that company's, not another company listed under those letters; a bracketed aside after such a name is no ticker.
 */
class TickersAfterSuffixesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsTheTickerAsTheNamedCompanys() {
        // Given a company named with "Co." and its exchange and ticker in brackets, the ticker another company's name
        String text = "Ridgeway Papers Co. (NYSE: SSP) closed at $6.86, up 30 cents, or 4.57%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move is the named company's, with the ticker as its symbol
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::symbol, MarketFigure::changePercent,
                MarketFigure::level).containsExactly(tuple("Ridgeway Papers", "SSP", 4.57, 6.86));
    }

    @Test
    void takesNoTickerFromAnAside() {
        // Given a bracketed aside after a name ending in "Corp."
        String text = "Harbor Mills Corp. (a paper maker) rose 2.1% to $14.20.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the company has its move and no symbol
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::symbol, MarketFigure::changePercent,
                MarketFigure::level).containsExactly(tuple("Harbor Mills", null, 2.1, 14.2));
    }
}
