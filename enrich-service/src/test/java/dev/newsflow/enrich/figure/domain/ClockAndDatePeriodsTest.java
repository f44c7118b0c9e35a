package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The periods of figures a text dates by the clock ("by 1130 GMT").
 */
class ClockAndDatePeriodsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            At the close the DAX was up 0.9% at 18,420.50. At 2:15pm the DAX was up 0.6% at 18,370.20.          | DAX        | 0.6  | intraday
            At the close the DAX was up 0.9% at 18,420.50. At 2:15pm the DAX was up 0.6% at 18,370.20.          | DAX        | 0.9  | -
            Bitcoin fell 2% to $61,200 by 09:15 UTC. By 14:40 UTC Bitcoin had dropped 4.1% to $59,900.          | Bitcoin    | -2   | intraday
            Bitcoin fell 2% to $61,200 by 09:15 UTC. By 14:40 UTC Bitcoin had dropped 4.1% to $59,900.          | Bitcoin    | -4.1 | -
            At 11:30 a.m. the Hang Seng was up 1.2% at 17,800.45.                                               | Hang Seng  | 1.2  | -
            Spot silver rose 0.7% to $31.20 by 0645 GMT, and silver futures settled 0.4% higher at $31.35.      | Silver     | 0.7  | -
            """)
    void aClockTimeIsAnHourOfTheSessionWhenALaterFigureIsTold(String text, String subject, Double changePercent,
            String period) {
        // Given figures told at a clock time, with a close told before them or a later clock time, or alone

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then a figure of an earlier hour than another of its instrument is intraday; the latest hour told, alone or
        // with a close told after it (another contract's), stays the latest session's
        assertThat(period(figures, subject, changePercent)).isEqualTo(period);
    }

    private static String period(List<MarketFigure> figures, String subject, Double changePercent) {
        MarketFigure figure = figures.stream().filter(f -> f.subject().equals(subject)
                && Objects.equals(f.changePercent(), changePercent)).findFirst().orElseThrow(
                        () -> new AssertionError(subject + " " + changePercent + " not in " + figures));
        return figure.period() == null ? null : figure.period().name().toLowerCase(Locale.ROOT);
    }
}
