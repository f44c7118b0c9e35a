package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "opened at 2,700.12, down 0.6%": the move after an opening level is that level's, one figure. */
class OpeningMovesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Kospi opened at 2,700.12, down 0.6%, and later fell to 2,690.05.                  | Kospi             | -0.6 | 2700.12
            The Jakarta Composite opened at 7,100.50 points on Monday, up 0.3% from the previous close. | Jakarta Composite | 0.3  | 7100.5
            """)
    void theMoveAfterAnOpeningIsItsOwn(String text, String subject, double percent, double level) {
        // Given an opening level followed by a comma and its move

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the opening level and its move are one figure
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null)
                .singleElement().extracting(MarketFigure::level).isEqualTo(level);
        assertThat(figures).filteredOn(f -> f.changePercent() != null).extracting(MarketFigure::changePercent)
                .containsExactly(percent);
    }

    @Test
    void aMoveAfterAnotherLevelKeepsItsOwnFigure() {
        // Given a high within a longer clause, then a move of another span
        String text = "Gold fell 1% to $2,400 after hitting a high of $2,450, up 0.5% on the week.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the week's move stays apart from the high, which was no opening of the move's clause
        assertThat(figures).filteredOn(f -> Double.valueOf(2450).equals(f.level())).singleElement()
                .extracting(MarketFigure::changePercent).isNull();
    }
}
