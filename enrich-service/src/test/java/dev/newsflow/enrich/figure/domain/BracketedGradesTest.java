package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A commodity's grade named with its code in brackets goes on into the plain name written after the bracket: "West
 * Texas Intermediate (WTI) crude futures" are WTI crude, not crude oil.
 */
class BracketedGradesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsTheGradeAcrossItsBracketedCode() {
        // Given an oil report that names the grade, its code in brackets, then "crude futures"
        String text = "West Texas Intermediate (WTI) crude futures fell 1.2% to $71.40 a barrel.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move is WTI crude's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("WTI crude", -1.2, 71.4));
    }
}
