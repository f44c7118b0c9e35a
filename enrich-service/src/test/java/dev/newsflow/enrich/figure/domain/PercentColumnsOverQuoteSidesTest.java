package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A column whose header names a percent holds moves, even when its words also name a quote's side ("3 Months"). */
class PercentColumnsOverQuoteSidesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsAPercentColumnNamedForASpanAsMoves() {
        // Given a table of returns whose column is named for three months, in percent
        String text = """
                | Index | Last | 3 Months (%) |
                |---|---|---|
                | Kospi | 2,610.45 | 4.20 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the three months' number is a move with the row's level, not a second price
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("Kospi", 2610.45, 4.2));
    }

    @Test
    void keepsAThreeMonthsPriceColumnAPrice() {
        // Given a metals table whose three-month column is a price, as the exchange quotes it
        String text = """
                | Metal | Cash | 3 Months |
                |---|---|---|
                | Copper | 9,410.00 | 9,505.50 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no number of it is read as a move
        assertThat(figures).extracting(MarketFigure::changePercent).containsOnlyNulls();
    }
}
