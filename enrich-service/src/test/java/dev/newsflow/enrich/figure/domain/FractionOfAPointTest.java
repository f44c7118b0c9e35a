package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A move of less than one index point written "0.42 of-a-point" or "0.42 of a point" is a move in points. */
class FractionOfAPointTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsAFractionOfAPointAsPoints() {
        // Given index moves of a fraction of a point, written with and without hyphens
        String text = "The KLCI was 0.42 of-a-point firmer at 1,602.35. The Nikkei 225 slipped 0.37 of a point to 38,410.22.";

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then each is a move in points with its level
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePoints, MarketFigure::level)
                .containsExactly(tuple("FTSE Bursa Malaysia KLCI", 0.42, 1602.35), tuple("Nikkei 225", -0.37, 38410.22));
    }
}
