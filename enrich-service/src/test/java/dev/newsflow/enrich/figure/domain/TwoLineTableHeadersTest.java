package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown tables whose header runs over two lines: a line of pipes naming the first columns above the header row. */
class TwoLineTableHeadersTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsTheColumnsOfAHeaderOverTwoLines() {
        // Given a header whose column of names stands on the line above the row of the other columns' names
        String text = """
                | Index |
                Last | 1-Week (%) | YTD (%) |
                |---|---|---|
                | Kospi | 2,610.45 | 1.25 | -3.40 |
                | Taiex | 21,004.10 | -0.80 | 6.15 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each row gives its level, its week's move and its year's move, under the columns of both lines
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent,
                MarketFigure::period).containsExactlyInAnyOrder(
                tuple("Kospi", 2610.45, null, null), tuple("Kospi", null, 1.25, Period.WEEK),
                tuple("Kospi", null, -3.4, Period.YTD), tuple("Taiex", 21004.1, null, null),
                tuple("Taiex", null, -0.8, Period.WEEK), tuple("Taiex", null, 6.15, Period.YTD));
    }

    @Test
    void leavesALineOfNumbersAboveTheHeaderOutOfIt() {
        // Given a line of pipes holding numbers just above a table whose rows are as wide as its header
        String text = """
                | 2025 |
                | Index | Close | Chg % |
                |---|---|---|
                | Kospi | 2,610.45 | 0.52 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the header is the one row, and the row is read under it
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("Kospi", 2610.45, 0.52));
    }
}
