package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The period of a high, a low or a range told of a longer span: the span its sentence opens with, or the span of an
 * extreme told before it in the sentence.
 */
class SpanExtremesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            This week the NEPSE index reached a high of 2,002.70 and a low of 1,935.49.                                      | NEPSE                     | 2002.7  | week
            This week the NEPSE index reached a high of 2,002.70 and a low of 1,935.49.                                      | NEPSE                     | 1935.49 | week
            The KSE-100 index reached a high of 172,583 points during the week, with a low of 170,641 points.                | KSE-100                   | 170641  | week
            For the week the Kospi gained 2.1%, trading in a range of 2,601.5 to 2,688.2.                                    | Kospi                     | 2601.5  | week
            Over the month, the yield on the 10-year Treasury rose 12 basis points, trading between 4.10% and 4.35%.         | US 10-year Treasury yield | 4.35    | month
            The Kospi rose 0.4% to 2,650.1, after hitting a high of 2,688.2.                                                 | Kospi                     | 2688.2  | intraday
            """)
    void anExtremeToldOfASpanIsOfThatSpan(String text, String subject, double level, String period) {
        // Given highs, lows and ranges in sentences that open with a week or a month, or after one told of a span, or
        // in a sentence of the session alone

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then each extreme is a figure of its own, of the span told, and of the session when no span is told
        MarketFigure figure = figures.stream().filter(f -> f.subject().equals(subject) && f.level() != null
                && f.level() == level).findFirst().orElseThrow(() -> new AssertionError(level + " not in " + figures));
        assertThat(figure.changePercent()).isNull();
        assertThat(figure.changeBp()).isNull();
        assertThat(figure.period().name().toLowerCase(Locale.ROOT)).isEqualTo(period);
    }
}
