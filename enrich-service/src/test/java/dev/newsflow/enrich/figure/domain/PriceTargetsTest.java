package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An analyst's price target on a stock, and a list of targets after a heading such as "Price targets:", give no level:
 * the shares a target is "on" or "for" are the target's object, not the subject of a price.
 */
class PriceTargetsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsNoLevelFromATargetOnTheShares() {
        // Given a stock's move, then an analyst's target on its shares in the same sentence
        String text = "Acme Foods' stock rose 4.2% to $31.50 on Monday, even as a broker trimmed its price target on the company's shares to $28 from $33.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then only the session's move and close are a figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level,
                MarketFigure::period).containsExactly(tuple("Acme Foods", 4.2, 31.5, null));
    }

    @Test
    void readsNoLevelFromATargetNamingTheCompany() {
        // Given a target told before the company's name, beside a move of another stock
        String text = "Brightwell Mining shares fell 2.1% to $14.30. The broker also raised its target for Harlow Energy shares to $52 from $47.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the target gives no level of Harlow Energy
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Brightwell Mining", -2.1, 14.3));
    }

    @Test
    void readsNoLevelsFromAListOfTargets() {
        // Given a heading of forecast targets, and a sentence of prices after it
        String text = "Price targets: Bitcoin at $150,000, Ether at $8,000 and Solana at $400 by the end of next year.\n\nBitcoin was trading at $97,250, down 1.4% on the day.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then only the traded price is a figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Bitcoin", -1.4, 97250.0));
    }
}
