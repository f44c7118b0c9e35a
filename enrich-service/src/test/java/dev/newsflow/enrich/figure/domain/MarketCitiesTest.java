package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A market's city opening its clause as the subject of a move stands for its main index: "Seoul fell 1.1 percent". */
class MarketCitiesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In the region, Seoul fell 1.1 percent and Taipei closed 0.9 percent up.     | Kospi | -1.1 | Taiex      | 0.9
            Tokyo and Frankfurt gained 0.7 percent each, while Zurich slipped 0.2 percent. | DAX | 0.7  | Swiss Market Index | -0.2
            """)
    void aCityStandsForItsIndex(String text, String first, double firstMove, String second, double secondMove) {
        // Given cities of stock markets as the subjects of their moves

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then each city's move is its main index's
        assertThat(figures).filteredOn(f -> f.subject().equals(first)).extracting(MarketFigure::changePercent)
                .containsExactly(firstMove);
        assertThat(figures).filteredOn(f -> f.subject().equals(second)).extracting(MarketFigure::changePercent)
                .containsExactly(secondMove);
    }

    @Test
    void aCityThatIsNoSubjectOfAMoveIsNoIndex() {
        // Given a city named as where a company is based, and as the possessor of a figure
        String text = "Tokyo's consumer prices rose 2.1 percent, and shares of a London lender fell 3 percent.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then no index is read from the cities
        assertThat(figures).noneMatch(f -> f.subject().equals("Nikkei 225") || f.subject().equals("FTSE 100"));
    }
}
