package dev.newsflow.enrich.figure.domain;

// Rows of the sample tables stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field tables: one instrument's figures a line each, labelled by what they are, under the line that names it. */
class FieldRowsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsEachLabelledRowAsAFigureOfTheInstrumentNamedAbove() {
        // Given a quote page for one index: labelled levels and moves, one per line
        String text = """
                Kospi quote summary
                Open | 2,601.15 |
                Previous Close | 2,590.40 |
                52 Week Low | 2,280.95 |
                1 Month | 3.15% |
                YTD | -1.20% |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each row is a figure of the Kospi, dated by its label
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent,
                MarketFigure::period).containsExactly(
                        tuple("Kospi", 2601.15, null, Period.INTRADAY), tuple("Kospi", 2590.4, null, Period.PRIOR_SESSION),
                        tuple("Kospi", 2280.95, null, Period.YEAR), tuple("Kospi", null, 3.15, Period.MONTH),
                        tuple("Kospi", null, -1.2, Period.YTD));
    }

    @Test
    void readsAPreviousColumnAsThePriorSession() {
        // Given a rate's session table with today's and the previous session's columns
        String text = """
                EUR/USD fixing | Today | Previous
                High | 1.0921 | 1.0944
                Low | 1.0870 | 1.0902
                Close | 1.0893 | 1.0915
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the second column is the previous session, the close of today the latest
        assertThat(figures).extracting(MarketFigure::level, MarketFigure::period).containsExactly(
                tuple(1.0921, Period.INTRADAY), tuple(1.0944, Period.PRIOR_SESSION), tuple(1.087, Period.INTRADAY),
                tuple(1.0902, Period.PRIOR_SESSION), tuple(1.0893, null), tuple(1.0915, Period.PRIOR_SESSION));
    }

    @Test
    void readsNoFieldTableWithoutAnInstrumentAbove() {
        // Given labelled rows under a line that names no instrument
        String text = """
                Our weekly step counts
                High | 12,400 |
                Low | 3,100 |
                Close | 8,000 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then there is no figure
        assertThat(figures).isEmpty();
    }
}
