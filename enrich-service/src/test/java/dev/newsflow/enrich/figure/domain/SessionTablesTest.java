package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables of past sessions, one date a row, under a title that names the instrument. */
class SessionTablesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void datesEachRowOfAPlainTextHistoryByItsRank() {
        // Given a plain-text price history of an index, newest row first, its dates in numbers
        String text = """
                Nikkei 225 daily history
                Day Open Close High Low
                2031-04-09 41,210.50 41,388.20 41,402.75 41,150.10
                2031-04-08 41,005.00 41,190.40 41,260.30 40,980.25
                2031-04-07 40,870.60 40,990.80 41,020.00 40,801.15
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the newest row is the latest session (its open, high and low intraday), the next the previous session
        // and the oldest another time, each number a figure of its own
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::period)
                .contains(tuple("Nikkei 225", 41388.2, null), tuple("Nikkei 225", 41210.5, Period.INTRADAY),
                        tuple("Nikkei 225", 41402.75, Period.INTRADAY), tuple("Nikkei 225", 41150.1, Period.INTRADAY),
                        tuple("Nikkei 225", 41190.4, Period.PRIOR_SESSION),
                        tuple("Nikkei 225", 41005.0, Period.PRIOR_SESSION),
                        tuple("Nikkei 225", 40990.8, Period.OTHER))
                .hasSize(12);
    }

    @Test
    void readsAMarkdownHistoryOldestFirstWithItsMoves() {
        // Given a Markdown history of a stock index, oldest row first, with the day's percent change
        String text = """
                Hang Seng, last sessions
                | Date | Open | Close | Change |
                |---|---|---|---|
                | May 5, 2031 | 24,100.00 | 24,310.55 | +0.92% |
                | May 6, 2031 | 24,300.10 | 24,180.35 | -0.54% |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the close and its move are one figure, dated by the row's rank among the dates
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent,
                MarketFigure::period).containsExactlyInAnyOrder(
                        tuple("Hang Seng", 24100.0, null, Period.PRIOR_SESSION),
                        tuple("Hang Seng", 24310.55, 0.92, Period.PRIOR_SESSION),
                        tuple("Hang Seng", 24300.1, null, Period.INTRADAY),
                        tuple("Hang Seng", 24180.35, -0.54, null));
    }

    @Test
    void readsNoFigureFromAHistoryWhoseTitleNamesNoInstrument() {
        // Given a history table under a title that names no instrument
        String text = """
                Recent trading sessions
                | Date | Open | Close | Change |
                |---|---|---|---|
                | May 5, 2031 | 24,100.00 | 24,310.55 | +0.92% |
                | May 6, 2031 | 24,300.10 | 24,180.35 | -0.54% |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no date is taken for the name of an instrument
        assertThat(figures).isEmpty();
    }
}
