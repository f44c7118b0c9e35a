package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A move measured from the session before ("from the previous day", "from a day earlier", "from last Friday's close")
 * is the latest session's, and so is the level it reaches after that phrase ("... from the previous day to close at
 * 2,480.15"); a level told as the previous close stays the previous session's.
 */
class LastCloseMeasuresTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Kospi fell 0.3% from the previous day to close at 2,480.15.                   | Kospi | 2480.15 | -
            The Taiex was down 1.2% from a day earlier at 21,300.50.                           | Taiex | 21300.5 | -
            The Kospi closed at 2,480.15, down from the previous day's close of 2,500.40.      | Kospi | 2500.4  | PRIOR_SESSION
            """)
    void aLevelAfterAMoveFromTheSessionBeforeIsTheLatest(String text, String subject, double level,
            MarketFigure.Period period) {
        // Given a level reached after a move measured from the session before, or told as the previous close

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the level reached is the latest session's, the previous close the previous session's
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.level() != null && f.level() == level)
                .singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The IPSA jumped 4% from last Friday's close.                   | S&P IPSA | 4    | -
            The Taiex was down 1.2% from a day earlier at 21,300.50.       | Taiex    | -1.2 | -
            """)
    void aMoveFromTheSessionBeforeIsTheLatest(String text, String subject, double move, MarketFigure.Period period) {
        // Given a move measured from the close of the session before

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then it is the latest session's move
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
