package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "closed at 8,412.35 points on Friday, up 40.2 points": a sign word before a number of its own signs that number. */
class SignsOfTheirOwnTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ASPI closed at 8,412.35 points (provisional), up 40.2 points or 0.48 percent.     | ASPI  | 0.48  | 8412.35
            The KLCI finished at 1,602.80 points today, an increase of 9.1 points (0.57%).        | KLCI  | 0.57  | 1602.8
            The PSEi closed at 6,101.66 points on Thursday, down 12.4 points or 0.2 per cent.     | PSEi  | -0.2  | 6101.66
            """)
    void theLevelInPointsStaysALevel(String text, String subject, double percent, double level) {
        // Given a level in points, then a move with a sign word of its own

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the level is no move, and the move joins it
        assertThat(figures).filteredOn(f -> f.subject().contains(subject))
                .singleElement().extracting(MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(percent, level);
    }
}
