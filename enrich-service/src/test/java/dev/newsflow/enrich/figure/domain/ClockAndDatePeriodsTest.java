package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The periods of figures a text dates by the clock ("by 1130 GMT"), by the calendar ("on April 8", "in April of
 * 2011", "a year earlier") or by a day told after the instrument's latest figure, which the extractor reads without
 * being told the article's own date.
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Nikkei rose 0.8% to 38,420.10 on March 4. On March 5 the Nikkei fell 1.1% to 38,000.20.            | Nikkei 225 | 0.8  | prior_session
            The Nikkei rose 0.8% to 38,420.10 on March 4. On March 5 the Nikkei fell 1.1% to 38,000.20.            | Nikkei 225 | -1.1 | -
            The CAC 40 rose 1.3% on Feb. 10. The CAC 40 fell 1% to 7,580.40 on Feb. 24.                          | CAC 40     | 1.3  | other
            The Sensex rose 0.4% to 74,200.50 on July 8, ahead of the budget due on July 23.                       | Sensex     | 0.4  | -
            Copper climbed 2.2% on Monday, December 30, and slipped 0.5% on Thursday, January 2.                 | Copper     | 2.2  | prior_session
            On June 11, 2019, the Kospi fell 1.6% to 2,108.20.                                                     | Kospi      | -1.6 | other
            On June 11 the Kospi fell 1.6% to 2,108.20.                                                            | Kospi      | -1.6 | -
            """)
    void aCalendarDateBeforeTheLatestTheTextTellsIsAnEarlierTime(String text, String subject, Double changePercent,
            String period) {
        // Given figures dated by the calendar, some to a day before the latest date the text tells of

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then a figure dated a few days before the latest date is the previous session's, one dated further back or
        // with its year of another time; a date of something to come dates no session
        assertThat(period(figures, subject, changePercent)).isEqualTo(period);
    }

    @Test
    void aDateCarriesOverTheRestOfItsParagraph() {
        // Given a paragraph whose first sentence dates a session, and a next paragraph that tells a later one
        String text = "The Kospi gained 0.5% to 2,650.30 on May 12. The Taiex added 0.3% to 21,100.40.\n"
                + "Asian shares fell on May 13. The Kospi lost 0.9% to 2,626.50.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the figures of the first paragraph are the previous session's, and the later day's are the latest
        assertThat(period(figures, "Kospi", 0.5)).isEqualTo("prior_session");
        assertThat(period(figures, "Taiex", 0.3)).isEqualTo("prior_session");
        assertThat(period(figures, "Kospi", -0.9)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Brent crude fell 1.2% to $71.40 a barrel. On Monday Brent crude climbed 2.9% to $72.30.             | Brent crude | 2.9  | prior_session
            Brent crude fell 1.2% to $71.40 a barrel. On Monday Brent crude climbed 2.9% to $72.30.             | Brent crude | -1.2 | -
            The Nikkei lost 0.7% to 39,010.40. On Thursday the Nikkei lost 0.7%, its third fall in a row.       | Nikkei 225  | -0.7 | -
            """)
    void aDayToldAfterTheInstrumentsUndatedFigureIsTheSessionBefore(String text, String subject,
            Double changePercent, String period) {
        // Given an instrument's figure told with no day, then another of it dated by a day of the week

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then a dated figure with other numbers looks back to the session before; one that repeats them stays the
        // latest session's
        assertThat(period(figures, subject, changePercent)).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Kospi closed at 2,710.40, against 2,480.10 a year earlier.                   | Kospi                        | 2480.1  | other
            The Dow rose to 39,500.20 from 33,100.40 in 2023.                                | Dow Jones Industrial Average | 33100.4 | other
            The Nikkei closed at 38,900.20, against 38,700.10 in the previous session.       | Nikkei 225                   | 38700.1 | prior_session
            Silver reached an all-time high of $49.80 in April of 2011.                      | Silver                       | 49.8    | other
            Back in May 2021, Bitcoin traded at $58,000.                                     | Bitcoin                      | 58000   | other
            """)
    void aLevelOfAnotherYearOrOfAYearEarlierIsOfAnotherTime(String text, String subject, Double level,
            String period) {
        // Given levels set against an earlier one a year or a week back, or dated to a month of a past year

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then they are of another time, not of the session before nor of this month; the previous session's level
        // keeps its period
        MarketFigure figure = figures.stream().filter(f -> f.subject().equals(subject)
                && Objects.equals(f.level(), level)).findFirst().orElseThrow();
        assertThat(figure.period() == null ? null : figure.period().name().toLowerCase(Locale.ROOT)).isEqualTo(period);
    }

    @Test
    void aSessionsHighAndLowInPointsAreBothLevels() {
        // Given a session's high and low, each written with "points"
        String text = "The Sensex hit a high of 74,210.35 points and a low of 73,880.60 points in intra-day trade.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the low is a level of the session too, not taken for a move after the high
        assertThat(figures).extracting(MarketFigure::level, f -> f.period().name())
                .containsExactly(org.assertj.core.api.Assertions.tuple(74210.35, "INTRADAY"),
                        org.assertj.core.api.Assertions.tuple(73880.6, "INTRADAY"));
    }

    /** The period of the last figure of {@code subject} with that move. */
    private static String period(List<MarketFigure> figures, String subject, Double changePercent) {
        MarketFigure figure = figures.stream().filter(f -> f.subject().equals(subject)
                && Objects.equals(f.changePercent(), changePercent)).reduce((first, last) -> last).orElseThrow(
                        () -> new AssertionError(subject + " " + changePercent + " not in " + figures));
        return figure.period() == null ? null : figure.period().name().toLowerCase(Locale.ROOT);
    }
}
