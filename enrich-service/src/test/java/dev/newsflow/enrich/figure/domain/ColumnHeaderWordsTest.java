package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column headers read by the vocabulary of their role, in other languages and abbreviations too. */
class ColumnHeaderWordsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsCloseAndMoveColumnsHeadedInOtherLanguages() {
        // Given a German and a Spanish quote table
        String text = """
                | Index | Schluss | Veränderung |
                |---|---|---|
                | DAX | 18.412,30 | -45,10 |

                | Índice | Cierre | Var % |
                |---|---|---|
                | IBEX 35 | 11.204,5 | 0,62% |
                """;

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then each row has its close and its move
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePoints,
                MarketFigure::changePercent).containsExactly(tuple("DAX", 18412.3, -45.1, null),
                        tuple("IBEX 35", 11204.5, null, 0.62));
    }

    @Test
    void readsARateBesideItsPreviousSessionAndAChangeInBasisPoints() {
        // Given a swap-rate table with the rate a day earlier and the day's change
        String text = """
                | Tenor | Rate | 1 day ago | 1d change |
                |---|---|---|---|
                | Overnight SOFR 2Y Swap Rate | 3.84% | 3.81% | 3 bp |
                | Overnight SOFR 7Y Swap Rate | 3.72% | 3.70% | 2 bp |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each rate is a level of the latest session with its move, the earlier rate the previous session's
        assertThat(figures).extracting(MarketFigure::level, MarketFigure::changeBp, MarketFigure::period)
                .containsExactly(tuple(3.84, 3.0, null), tuple(3.81, null, Period.PRIOR_SESSION),
                        tuple(3.72, 2.0, null), tuple(3.7, null, Period.PRIOR_SESSION));
    }

    @Test
    void readsNoFigureUnderHeadersThatNameNoQuote() {
        // Given a table of index facts whose headers name no level or move
        String text = """
                | Index | Founded | Constituents |
                |---|---|---|
                | DAX | 1988 | 40 |
                | CAC 40 | 1987 | 40 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then it finds no figure
        assertThat(figures).isEmpty();
    }
}
