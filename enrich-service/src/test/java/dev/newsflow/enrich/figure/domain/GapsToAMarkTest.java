package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How far an instrument stands from a round mark ("just 310 points shy of the 40,000 mark", "12.5 points below the
 * 8,000 level") is no move of the session: the move and the close told before it are the figure.
 */
class GapsToAMarkTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsNoMoveFromAGapShyOfAMark() {
        // Given a close, then how far it stands below a round mark
        String text = "The Nikkei 225 rose 412 points to finish at 39,690.15, just 310 points shy of the 40,000 mark.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the session's move and close are the only figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePoints, MarketFigure::level)
                .containsExactly(tuple("Nikkei 225", 412.0, 39690.15));
    }

    @Test
    void readsNoMoveFromAGapBelowALevel() {
        // Given a close, then its distance below a level the index last held weeks ago
        String text = "The FTSE 100 closed up 41.2 points, or 0.5 percent, at 7,987.50, leaving the index 12.5 points below the 8,000 level it last held in May.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the session's move and close are the only figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::changePoints, MarketFigure::level).containsExactly(tuple("FTSE 100", 0.5, 41.2, 7987.5));
    }
}
