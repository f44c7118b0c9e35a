package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote lines that end in the day and month their quote was taken ("26-Sep"). */
class DatedQuoteLinesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsQuoteLinesThatEndInTheirDate() {
        // Given quote lines, each ending in the day and month of its quote
        String text = """
                Kospi 2,610.45 +0.52% 14-Mar
                Taiex 21,004.10 -0.80% 13-Mar
                """;

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then each line is a quote, its date no part of its name or its numbers
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("Kospi", 2610.45, 0.52), tuple("Taiex", 21004.1, -0.8));
    }

    @Test
    void leavesAMonthWithNoDayOutOfTheRule() {
        // Given lines of contracts that end in their delivery month, with no day before it
        String text = """
                Copper 9,410.00 +0.40% Mar
                Zinc 2,810.50 -0.20% May
                """;

        // When the extractor reads them
        List<ExplainedFigure> figures = extractor.explain(text);

        // Then the lines are not read as dated quote lines of a table
        assertThat(figures).flatExtracting(ExplainedFigure::cues).extracting(FigureCue::rule)
                .doesNotContain("table column");
    }
}
