package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column headers that count a span in its units ("3-Months Ret", "1-Yr", "5 Yrs") date the moves under them. */
class CountedHeaderSpansTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsACountAndItsUnitInAHeaderAsTheSpanOfTheColumn() {
        // Given a returns table whose headers count their spans, with one header since the fund's start
        String text = """
                | Fund index | 1-Month Ret (%) | 6-Months Ret (%) | 1-Yr Ret (%) | 5-Yrs Ret (%) | Since Inception (%) |
                |---|---|---|---|---|---|
                | Nifty Bank | 2.10 | 7.45 | 14.20 | 61.30 | 9.80 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then one month is the month, twelve months or one year the year, and any other count a span of its own
        assertThat(figures).extracting(MarketFigure::changePercent, MarketFigure::period).containsExactly(
                tuple(2.1, Period.MONTH), tuple(7.45, Period.OTHER), tuple(14.2, Period.YEAR),
                tuple(61.3, Period.OTHER), tuple(9.8, Period.OTHER));
    }

    @Test
    void readsNoSpanFromADayCountedAsOne() {
        // Given a header of one day's move beside the price
        String text = """
                | Coin | Price | 1 Day (%) |
                |---|---|---|
                | Bitcoin | $64,210 | -1.25 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the day's move is the latest session's
        assertThat(figures).extracting(MarketFigure::changePercent, MarketFigure::period)
                .containsExactly(tuple(-1.25, null));
    }
}
