package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table row whose name goes on past a known instrument's name with capitalized words names another instrument. */
class LongerRowNamesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void takesTheWholeNameOfARowThatExtendsAKnownName() {
        // Given rows naming sub-indices whose names start with a known index's name
        String text = """
                | Index | Close | Chg % |
                |---|---|---|
                | Hang Seng Property Services Gauge | 1,204.50 | -1.10 |
                | Hang Seng | 19,340.20 | 0.45 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the sub-index keeps its own name, and the known index its own
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("Hang Seng Property Services Gauge", 1204.5, -1.1),
                        tuple("Hang Seng", 19340.2, 0.45));
    }

    @Test
    void keepsTheKnownNameBeforeOneWordOrLowerCaseWords() {
        // Given rows whose known names are followed by one capitalized word, or by words in lower case
        String text = """
                | Index | Close | Chg % |
                |---|---|---|
                | Nikkei Average | 38,410.25 | 0.32 |
                | Kospi in Seoul | 2,610.45 | -0.26 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the known names stand
        assertThat(figures).extracting(MarketFigure::subject).containsExactly("Nikkei 225", "Kospi");
    }
}
