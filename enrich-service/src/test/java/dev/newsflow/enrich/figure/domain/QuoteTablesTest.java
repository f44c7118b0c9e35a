package dev.newsflow.enrich.figure.domain;

// Rows of the sample tables stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain-text quote tables and quote lines: the columns a header names, or the shape of the numbers of each row. */
class QuoteTablesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsATableWhoseHeaderNamesASymbolColumnBeforeTheNumbers() {
        // Given a quote box with a column of ticker symbols between the names and the numbers
        String text = """
                Name Symbol Last Chg % Chg
                FTSE 250 Index ^FTMC 19,870.10 -52.30 -0.26
                Nikkei 225 ^N225 38,410.25 120.75 0.32
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each row's level, point and percent moves sit under their columns, and no symbol is read as a number
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePoints,
                MarketFigure::changePercent).containsExactly(
                        tuple("FTSE 250", 19870.1, -52.3, -0.26), tuple("Nikkei 225", 38410.25, 120.75, 0.32));
    }

    @Test
    void readsNoSymbolColumnWhenTheHeaderNamesNone() {
        // Given the same kind of box without a symbol column
        String text = """
                Name Last Chg % Chg
                Nikkei 225 38,410.25 120.75 0.32
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the number in the name stays in the name
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("Nikkei 225", 38410.25, 0.32));
    }

    @Test
    void readsALatestColumnAsTheLevel() {
        // Given a Markdown table whose price column is headed "Latest"
        String text = """
                | Market | Latest | Change | Percent |
                |---|---|---|---|
                | Nikkei 225 | 38410.25 | +120.75 | +0.32% |
                | Gold | 2391.4 | -8.2 | -0.34% |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each row's level stands beside its moves
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("Nikkei 225", 38410.25, 0.32), tuple("Gold", 2391.4, -0.34));
    }
}
