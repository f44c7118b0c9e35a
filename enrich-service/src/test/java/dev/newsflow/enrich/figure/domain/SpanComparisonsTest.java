package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A move measured from an earlier week's, month's or year's close ("up 3% to 980 from 951 last week") is that span's. */
class SpanComparisonsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The FTSE 100 rose 3.1% to 7,802.15 points from 7,567.40 points last week.                   | 7567.40 | WEEK
            The Tadawul All Share Index fell 4.2% to 10,850.60 from 11,326.30 a month earlier.         | 11326.30 | MONTH
            The Kospi gained 12.5% to 2,870.10 from last year's 2,551.20.                            | 2551.20 | YEAR
            """)
    void aMoveFromAnEarlierSpansCloseIsOfThatSpan(String text, double earlier, Period span) {
        // Given a move to a close, measured from the close of an earlier span

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move is the span's, and the earlier close a level of another time
        assertThat(figures).extracting(MarketFigure::level, MarketFigure::period)
                .contains(Tuple.tuple(earlier, Period.OTHER));
        assertThat(figures).filteredOn(f -> f.changePercent() != null).singleElement()
                .extracting(MarketFigure::period).isEqualTo(span);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Nikkei 225 rose 0.5% to 38,100.20, up from 37,350.10 a month ago.
            The Kospi rose 1.2% to 2,610.30 from 2,579.35 the previous day.
            """)
    void anAsideOrTheDayBeforeLeavesTheMoveTheSessions(String text) {
        // Given a day's move whose level is compared, in an aside, with an earlier span's, or with the day before

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move stays the latest session's
        assertThat(figures).filteredOn(f -> f.changePercent() != null).singleElement()
                .extracting(MarketFigure::period).isNull();
    }
}
