package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures the extractor on the labelled evaluation set and holds it to F1 0.95 on the key fields. */
class FigureEvaluationTest {

    private static final double BAR = 0.95;

    @Test
    void extractorMeetsTheQualityBarOnTheEvaluationSet() {
        // Given every labelled passage of the evaluation set
        List<LabelledPassage> passages = LabelledPassage.all();
        FigureExtractor extractor = new FigureExtractor();
        FigureScores scores = new FigureScores();
        StringBuilder misses = new StringBuilder();

        // When the extractor reads each of them
        for (LabelledPassage passage : passages) {
            List<MarketFigure> figures = extractor.extract(passage.text());
            for (String difference : scores.add(passage.figures(), figures)) {
                misses.append(String.format("  %-8s %s%n", passage.id(), difference));
            }
        }

        // Then precision, recall and F1 per field are reported, and the key fields together meet the bar
        System.out.printf("Market-figure evaluation: %d passages, %d labelled figures%n%s%nDifferences (- missed,"
                + " + extra) on %s:%n%s", passages.size(), passages.stream().mapToInt(p -> p.figures().size()).sum(),
                scores.report(), FigureScores.KEY, misses);
        assertThat(passages).hasSizeGreaterThanOrEqualTo(150);
        assertThat(scores.f1(FigureScores.KEY)).as("F1 on " + FigureScores.KEY).isGreaterThanOrEqualTo(BAR);
    }
}
