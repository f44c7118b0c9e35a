package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "closed at 17.2510 per dollar, a 0.42% depreciation": a move noun after the percentage signs it. */
class MoveNounsAfterNumbersTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Mexican peso closed at 17.2510 per dollar, a 0.42% depreciation.   | Mexican peso | -0.42 | 17.251
            The Kospi ended at 2,650.10, a 1.2 percent hike.                       | Kospi        | 1.2   | 2650.1
            Gold settled at $2,310.40 an ounce, a 3% nosedive.                     | Gold         | -3    | 2310.4
            """)
    void theNounSignsTheMoveOfTheLevel(String text, String subject, double percent, double level) {
        // Given a level, then a percentage set off by a comma and signed only by the noun after it

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move takes the noun's sign and joins the level
        assertThat(figures).singleElement().extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level).containsExactly(subject, percent, level);
    }

    @Test
    void aNounOfAnotherThingSignsNothing() {
        // Given a percentage of odds, with a move noun further on
        String text = "The Kospi closed at 2,650.10, with traders pricing a 60% chance of a rate hike.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then only the level is a figure
        assertThat(figures).singleElement().extracting(MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(null, 2650.1);
    }
}
