package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables of one instrument's moves a column per period, the instrument named by the line above the table. */
class PeriodColumnTablesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsEachPeriodsMoveOfTheInstrumentTheTitleNames() {
        // Given a title naming a coin, then its moves over several periods in one row
        String text = """
                Ether price performance
                | 1h | 7d | 14d | 30d | 1y |
                |---|---|---|---|---|
                | -0.3% | 4.2% | 2.5% | -8.0% | 61.4% |
                | Market Cap | $402,118,000,000 | | | |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each move has its period, and the row of a market value gives none
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::period)
                .containsExactly(tuple("Ether", -0.3, Period.OTHER), tuple("Ether", 4.2, Period.WEEK),
                        tuple("Ether", 2.5, Period.OTHER), tuple("Ether", -8.0, Period.MONTH),
                        tuple("Ether", 61.4, Period.YEAR));
    }

    @Test
    void readsNothingWhenTheTitleNamesNoInstrument() {
        // Given the same table under a title that names no instrument
        String text = """
                Performance over time
                | 1h | 7d |
                |---|---|
                | -0.3% | 4.2% |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no move is given a subject
        assertThat(figures).isEmpty();
    }
}
