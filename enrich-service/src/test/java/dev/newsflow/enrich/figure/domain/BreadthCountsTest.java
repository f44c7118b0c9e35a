package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A count of stocks that did not move ("eight were unchanged", "and 14 unchanged") is no flat move of the index. */
class BreadthCountsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsNoFlatMoveFromACountOfUnchangedStocks() {
        // Given an index move followed by the market's breadth in counts, written two ways
        String text = "The Kospi rose 12.40 points, or 0.5%, to 2,641.08. Within the index, 412 stocks rose, 390 fell and eight were unchanged. The Kosdaq added 0.3%, with 700 advancing, 820 declining and 114 unchanged.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then only the index moves are figures
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Kospi", 0.5, 2641.08), tuple("Kosdaq", 0.3, null));
    }

    @Test
    void readsNoFlatMoveFromACountOfStocksRemainingUnchanged() {
        // Given the turnover of an index and its breadth, the unmoved stocks told by a participle
        String text = "Some 310 million shares traded on the KSE-100, with 60 companies closing higher, 35 falling and 5 remaining unchanged.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then nothing is a figure
        assertThat(figures).isEmpty();
    }

    @Test
    void stillReadsAStockThatWasUnchanged() {
        // Given a stock whose price did not move
        String text = "Meridian Energy was unchanged at $5.62.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then it is a flat move at its price
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Meridian Energy", 0.0, 5.62));
    }

    @Test
    void stillReadsAnIndexNamedWithANumberAsFlat() {
        // Given indices whose names end in a number, told unchanged and flat
        String text = "The CAC 40 was unchanged at 7,512.30, and the Nasdaq 100 stayed flat.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the number of each name is no count of stocks: both are flat moves
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("CAC 40", 0.0, 7512.3), tuple("Nasdaq 100", 0.0, null));
    }
}
