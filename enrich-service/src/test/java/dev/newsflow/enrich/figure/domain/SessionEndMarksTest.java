package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A session that ends "at the 1,119.83 level" or "at the 61,200.40 mark" ends at that level; a mark crossed, or a band
 * ("the 56-level"), is still no level.
 */
class SessionEndMarksTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsTheMarkASessionEndedAtAsItsLevel() {
        // Given two indices whose sessions ended at a number written with "level" and "mark"
        String text = "The Kospi fell 1.3% to close at the 2,604.15 level, and the Sensex ended at the 61,200.40 mark, "
                + "up 0.5%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each ended at its number
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Kospi", -1.3, 2604.15), tuple("Sensex", 0.5, 61200.40));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The Nikkei crossed the 40,000 mark, rising 1.2%.",
        "The Nikkei rose 1.2%, closing at the 40,000-level for the first time."
    })
    void readsNoLevelFromAMarkCrossedOrABand(String text) {
        // Given a mark the index crossed, or a band it closed in

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the index moved, and no level is read from the mark
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Nikkei 225", 1.2, null));
    }
}
