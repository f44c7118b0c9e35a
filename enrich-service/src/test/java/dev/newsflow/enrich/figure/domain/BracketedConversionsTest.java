package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An amount in brackets right after another amount gives it in another currency: no price or move of its own. */
class BracketedConversionsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsNoLevelFromAPriceGivenInDollarsToo() {
        // Given a price in a local currency followed by its value in dollars, in brackets
        String sentence = "Emaar Properties added 1.5% to 9.12 dirhams (2.48 dollars), while Orascom Construction rose 2.1% to close at LE214.20 ($6.93).";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each company has its move and its local price, and the dollar values are no levels
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level,
                MarketFigure::currency).containsExactly(tuple("Emaar Properties", 1.5, 9.12, "AED"),
                tuple("Orascom Construction", 2.1, 214.2, "EGP"));
    }

    @Test
    void readsNoMoveFromAGainGivenInCentsToo() {
        // Given a gain in yen followed by its value in cents
        String sentence = "Toyota gained ¥45 (30 cents) to ¥3,410.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the gain and the price are the yen ones
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePoints, MarketFigure::level)
                .containsExactly(tuple("Toyota", 45.0, 3410.0));
    }

    @Test
    void stillReadsAPriceInBracketsAfterAMove() {
        // Given a move in percent followed by the price it took the stock to, in brackets
        String sentence = "Nvidia climbed 4.2% ($128.40) in early trade.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the bracketed price is the level
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Nvidia", 4.2, 128.4));
    }
}
