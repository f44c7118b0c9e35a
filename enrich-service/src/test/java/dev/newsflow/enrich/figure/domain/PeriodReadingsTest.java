package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The periods of moves told over a span counted in its units, of numbers only ranked against such a span, and of
 * figures in a clause that recalls a time named before it, and of extremes reached within the session.
 */
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
                && Objects.equals(f.changePercent(), changePercent)).findFirst().orElseThrow();
        assertThat(figure.period() == null ? null : figure.period().name().toLowerCase(Locale.ROOT))
                .isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Dow ended at 41,200.50, its best close since March 4, when it stood at 41,350.25.           | 41350.25 | other
            The Kospi has gained 12% since 2019, when it stood at 2,010.                                      | 2010     | other
            The Nikkei closed at 39,100.20, up from 38,900.75 on Monday, when it finished at 38,900.75.       | 38900.75 | prior_session
            The Sensex added 0.4% to 81,500.10, after a 0.3% rise in the previous session, when it closed at 81,174.30. | 81174.3 | prior_session
            """)
    void aClauseThatRecallsATimeNamedBeforeIsOfThatTime(String sentence, double level, String period) {
        // Given a sentence whose level is told in a "when" clause after a date, a year, a day of the week or the
        // previous session

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then that level is of the time the clause recalls: another time for a date or a year, the session before
        // for a day of the week or the previous session
        MarketFigure figure = figures.stream().filter(f -> f.level() != null && f.level() == level).findFirst()
                .orElseThrow();
        assertThat(figure.period().name().toLowerCase(Locale.ROOT)).isEqualTo(period);
    }

    @Test
    void aLevelRecalledAtTheStartOfASpanStaysApartFromTheMoveOverIt() {
        // Given a move since a date and the level on that date, told in a "when" clause
        String text = "The S&P 500 has climbed 18% since October 12, when it stood at 4,100.50.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move over the span and the level of its first day are two figures of other times
        assertThat(figures).extracting(MarketFigure::changePercent, MarketFigure::level)
                .containsExactlyInAnyOrder(tuple(18.0, null),
                        tuple(null, 4100.5));
        assertThat(figures).allSatisfy(f -> assertThat(f.period()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Silver was up 0.8% at $31.20 an ounce, after touching its highest since June 3 at $31.45.   | Silver  | 31.45 | intraday
            The Taiex closed at 22,310.40, having dipped to a low of 22,105.85 before lunch.            | Taiex   | 22105.85 | intraday
            The Kospi rose 1.1% to a record 2,950.60.                                                    | Kospi   | 2950.6 | -
            The Nikkei fell 0.9% to 36,500.10, a three-month low.                                        | Nikkei 225 | 36500.1 | -
            """)
    void anExtremeReachedWithinTheSessionIsIntradayBesideALaterFigure(String sentence, String subject, double level,
            String period) {
        // Given an extreme that a level reached, beside the instrument's latest figure or alone, and extremes that are
        // closes

        // When the extractor reads the sentence
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the reached extreme is intraday when the latest figure is told too, and a close or a lone extreme is
        // the latest session's
        MarketFigure figure = figures.stream().filter(f -> f.subject().equals(subject) && f.level() != null
                && f.level() == level).findFirst().orElseThrow();
        assertThat(figure.period() == null ? null : figure.period().name().toLowerCase(Locale.ROOT))
                .isEqualTo(period);
    }

    @Test
    void aDaysSessionAfterTheNumberDatesItBeforeTheDayReported() {
        // Given a report of Friday's session that gives Thursday's close after the number, as the day's session
        String text = "On Friday the WIG20 index fell 0.6% to 2,410.30. It had gained 1.2% to 2,424.85 points at "
                + "Thursday's close.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then Thursday's figure is the session before, and Friday's the latest
        assertThat(figures).extracting(MarketFigure::changePercent, MarketFigure::level, MarketFigure::period)
                .contains(tuple(-0.6, 2410.3, null), tuple(1.2, 2424.85, MarketFigure.Period.PRIOR_SESSION));
    }
}
