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

/** The period of a move or level a closing verb in its base form puts at a span's end: "to end the week at 14,835". */
class SpanClosingVerbsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The benchmark EGX30 index rose by 502 points, or 3.5%, to end the week at 14,835 points.             | EGX30                        | 3.5  | 14835   | week
            The Dow stabilized somewhat to end the month at 1993.53, down 23%.                                   | Dow Jones Industrial Average | -23  | 1993.53 | month
            The FTSE 100 rose 0.4% to finish the week at 8,120.5.                                                | FTSE 100                     | 0.4  | 8120.5  | week
            Brent crude rose 1.2% to settle the week at $82.40 a barrel.                                         | Brent crude                  | 1.2  | 82.4    | week
            The Nifty rose 0.5% to end the day at 22,278.1.                                                      | Nifty 50                     | 0.5  | 22278.1 | -
            """)
    void aSpanABaseFormClosingVerbEndsIsTheFiguresPeriod(String text, String subject, Double changePercent,
            Double level, String period) {
        // Given a move and level told with "to end", "to finish" or "to settle" a week, a month, or the day

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the figure is of the span the verb closes, and of the latest session when it closes the day
        MarketFigure figure = figures.stream().filter(f -> f.subject().equals(subject)
                && Objects.equals(f.changePercent(), changePercent)).findFirst().orElseThrow(
                        () -> new AssertionError(subject + " " + changePercent + " not in " + figures));
        assertThat(figure.level()).isEqualTo(level);
        assertThat(figure.period() == null ? null : figure.period().name().toLowerCase(Locale.ROOT)).isEqualTo(period);
    }
}
