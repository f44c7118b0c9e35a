package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The periods of moves told over a span counted in its units, and of numbers only ranked against such a span. */
class PeriodReadingsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Shares of Tesla have climbed 14% in the past four days.                     | Tesla       | 14   | other
            The Kospi has slipped 3.2% over six straight weeks.                         | Kospi       | -3.2 | other
            Ether has rallied 9% in three sessions.                                     | Ether       | 9    | other
            The DAX closed at 18,100, for a nine-day gain of 4.4%.                      | DAX         | 4.4  | other
            The CAC 40 ended at 7,400, a 3-week loss of 2.5%.                           | CAC 40      | -2.5 | other
            The Nikkei has gained 2.1% over the past five trading days.                 | Nikkei 225  | 2.1  | week
            Copper has risen 6% over the last twelve months.                            | Copper      | 6    | year
            The FTSE 100 fell 1.4% in its sharpest drop in two weeks.                   | FTSE 100    | -1.4 | -
            The Hang Seng fell 2.3% after a three-day winning streak.                   | Hang Seng   | -2.3 | -
            The German 10-year Bund yield rose 4 basis points to 2.61% on Thursday.     | German 10-year Bund yield | - | -
            """)
    void aSpanCountedInItsUnitsIsTheMovesPeriod(String sentence, String subject, Double changePercent,
            String period) {
        // Given a sentence that tells a move over a span counted in days, sessions, weeks or months, or ranks it
        // against such a span, or names a bond by its tenor

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the instrument's move has the counted span's period: one week, month or year is that period, any other
        // count a span of its own; a ranking, a streak or a tenor leaves the latest session's
        MarketFigure figure = figures.stream().filter(f -> f.subject().equals(subject)
                && java.util.Objects.equals(f.changePercent(), changePercent)).findFirst().orElseThrow();
        assertThat(figure.period() == null ? null : figure.period().name().toLowerCase(java.util.Locale.ROOT))
                .isEqualTo(period);
    }
}
