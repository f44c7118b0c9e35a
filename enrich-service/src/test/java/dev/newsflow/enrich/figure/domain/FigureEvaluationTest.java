package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
        Map<String, FigureScores> byFile = new TreeMap<>();
        StringBuilder misses = new StringBuilder();

        // When the extractor reads each of them
        for (LabelledPassage passage : passages) {
            List<MarketFigure> figures = extractor.extract(passage.text());
            byFile.computeIfAbsent(passage.file(), f -> new FigureScores()).add(passage.figures(), figures);
            for (String difference : scores.add(passage.figures(), figures)) {
                misses.append(String.format("  %-8s %s%n", passage.id(), difference));
            }
        }

        // Then precision, recall and F1 per field are reported, with the key F1 per file, and the key fields together
        // meet the bar
        StringBuilder files = new StringBuilder();
        byFile.forEach((file, fileScores) -> files.append(String.format(Locale.ROOT, "  %-28s F1 %.3f%n", file,
                fileScores.f1(FigureScores.KEY))));
        System.out.printf("Market-figure evaluation: %d passages, %d labelled figures%n%s%nF1 on %s per file:%n%s"
                + "%nDifferences (- missed, + extra) on %s:%n%s", passages.size(),
                passages.stream().mapToInt(p -> p.figures().size()).sum(), scores.report(), FigureScores.KEY, files,
                FigureScores.KEY, misses);
        assertThat(passages).hasSizeGreaterThanOrEqualTo(150);
        assertThat(scores.f1(FigureScores.KEY)).as("F1 on " + FigureScores.KEY).isGreaterThanOrEqualTo(BAR);
    }
}
