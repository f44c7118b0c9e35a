package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs of lines between pipes with no header: each line a row, read by its numbers' shape. */
class HeaderlessPipeRowsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsPipeRowsWithNoHeaderAndEmptyCellsAtTheirEnd() {
        // Given rows between pipes with no header above them, some with an empty cell at the end
        String text = """
                | Kospi | 2,610.45 | 0.52% | |
                | Taiex | 21,004.10 | -0.80% | |
                | Nikkei 225 | 38,410.25 | 0.32% |
                """;

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then every line is a row: its level, then its percent move
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("Kospi", 2610.45, 0.52), tuple("Taiex", 21004.1, -0.8),
                        tuple("Nikkei 225", 38410.25, 0.32));
    }

    @Test
    void keepsAFirstLineOfColumnNamesWithADigitAHeader() {
        // Given a header whose column names hold a digit, over rows of prices
        String text = """
                | Metal | Cash | 3 Months |
                | Copper | 9,410.00 | 9,505.50 |
                | Zinc | 2,810.50 | 2,830.00 |
                """;

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then the first line is no row, and no number is read as a move
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain("Metal");
        assertThat(figures).extracting(MarketFigure::changePercent).containsOnlyNulls();
    }
}
