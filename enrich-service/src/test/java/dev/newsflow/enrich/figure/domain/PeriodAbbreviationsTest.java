package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "YTD", "MTD", "QTD" and "WTD" are abbreviations of periods, never a company's name that would take a move. */
class PeriodAbbreviationsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void givesTheYearToDateMoveOfAQuoteLineToItsInstrument() {
        // Given a closing dashboard with each index's day and year-to-date moves
        String line = "MARKETS AT THE CLOSE: Nikkei 225 | 38,410 | +0.6% (YTD: +14.2%) Kospi | 2,655 | -0.4% (YTD: -3.1%)";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(line);

        // Then no company "YTD" is found: each index has its day's move and level, and its year-to-date move
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Nikkei 225", 0.6, 38410.0), tuple("Nikkei 225", 14.2, null),
                        tuple("Kospi", -0.4, 2655.0), tuple("Kospi", -3.1, null));
    }
}
