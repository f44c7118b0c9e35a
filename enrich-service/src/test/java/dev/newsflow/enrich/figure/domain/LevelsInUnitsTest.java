package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "rose 0.4% to 55,210.30 units": a level told in units is a level, not a count of things. */
class LevelsInUnitsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The IPC index rose 0.4% on Tuesday to reach 55,210.30 units.                          | S&P/BMV IPC  | 0.4  | 55210.3
            The Mexican peso slipped 0.2% against the dollar, trading at 17.12 units per greenback. | Mexican peso | -0.2 | 17.12
            """)
    void aLevelInUnitsJoinsItsMove(String text, String subject, double percent, double level) {
        // Given a move and a level written in units

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the level is read, with its move
        assertThat(figures).filteredOn(f -> f.subject().equals(subject))
                .singleElement().extracting(MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(percent, level);
    }
}
