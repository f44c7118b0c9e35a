package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A move dated to a day of the week after "last" ("fell 1.1% last Thursday", "Last Friday, the Kospi fell 0.8%") is of
 * a session before the one reported, which a day alone ("on Thursday") may be.
 */
class LastWeekdaysTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Copper slipped 1.1% last Thursday.                                  | Copper | -1.1 | PRIOR_SESSION
            The Kospi rose 0.5% to 2,480.15. Last Friday, the Kospi fell 0.8%.  | Kospi  | -0.8 | PRIOR_SESSION
            The Kospi rose 0.5% to 2,480.15. Last Friday, the Kospi fell 0.8%.  | Kospi  | 0.5  | -
            Copper slipped 1.1% on Thursday.                                    | Copper | -1.1 | -
            """)
    void aMoveOfLastWeekdayIsOfASessionBefore(String text, String subject, double move, MarketFigure.Period period) {
        // Given a move dated to a day after "last", or to a day alone

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the day after "last" is a session before the one reported
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
