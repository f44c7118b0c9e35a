package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipe tables whose numbers are no market figures: a company's results, index weights, rows named by a number. */
class NonMarketTableRowsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsNoFigureFromACompanysResultsTable() {
        // Given a quarter's results against the same quarter a year before, with the change in percent
        String text = """
                | | 202506 | 202406 | % Var |
                | Net Sales | 4512.30 | 4101.75 | 10.01 |
                | EBITDA | 812.40 | 790.10 | 2.82 |
                | Net Profit | 401.90 | 377.25 | 6.53 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no row is read as a company's move
        assertThat(figures).isEmpty();
    }

    @Test
    void readsNoMoveFromAColumnOfIndexWeights() {
        // Given the constituents of an index with their weights in percent
        String text = """
                | Company | Weightage (%) |
                | Nestle | 18.40% |
                | Novartis | 14.15% |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then a weight is no move
        assertThat(figures).isEmpty();
    }

    @Test
    void namesNoRowByTheNumberInItsFirstCell() {
        // Given a table of moves over periods whose only row starts with a number
        String text = """
                | 1h | 24h | 7d |
                |---|---|---|
                | 0.4% | 2.1% | 5.0% |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no figure is named by a number
        assertThat(figures).isEmpty();
    }
}
