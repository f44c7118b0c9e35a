package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An index named after its exchange, the exchange's acronym in brackets right before the index's own words ("the
 * Lusaka Securities Exchange (LuSE) All Share Index"), is named by the acronym and those words, as a report names it
 * without the exchange; an acronym after a word that names no exchange leads no index's name.
 */
class BracketedExchangeAcronymsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void namesTheIndexByTheExchangesAcronym() {
        // Given indices named after their exchanges and a bracketed acronym, one of them hyphenated
        String text = "The Harare Stock Exchange (HSE) 20-Share Index rose 1.4 percent to 2,114.60 points, while the "
                + "Accra Bourse (AB) Composite Index slipped 0.3 percent to 4,012.25.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each index is named by the acronym and its own words
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("HSE 20-Share Index", 1.4, 2114.6), tuple("AB Composite Index", -0.3, 4012.25));
    }

    @Test
    void leavesABracketAfterNoExchangeOutOfTheName() {
        // Given a bracketed acronym after a common noun
        String text = "On the main board (MB) Composite Index rose 0.4% to 3,120.50.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the index keeps its own words alone
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Composite Index", 0.4, 3120.5));
    }
}
