package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The width of a session's range ("moved within a range of 850 points") is no level and no move; a range told by its
 * two ends ("a range of 1.0850 to 1.0910") still gives them.
 */
class RangeWidthsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsNoLevelFromARangeWidth() {
        // Given an index's range told by its width, then its close
        String text = "The KSE-100 index moved within a range of around 850 points and closed up 0.4% at 118,655.20.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the close is the only figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("KSE-100", 0.4, 118655.2));
    }

    @Test
    void readsNoLevelFromAWideSessionRange() {
        // Given a close, then the width of the session's range before its extremes
        String text = "The KSE-100 index closed up 0.4% at 118,655.20. The index traded within a wide intraday range of 1,210.35 points, peaking at 119,002.10.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the close and the session's high are the figures, the width none
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("KSE-100", 0.4, 118655.2), tuple("KSE-100", null, 119002.1));
    }
}
