package dev.newsflow.enrich.figure.domain;

// Rows of the sample tables stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote lines printed without a header: a name, then its level and its moves, read by the shape of the numbers. */
class QuoteLinesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsPipedQuoteLinesWithTheirYearToDateMoves() {
        // Given quote lines with pipes, a level, the day's percent move and a year-to-date move in brackets
        String text = """
                Markets at a glance
                Nikkei 225 | 39,120 | -0.4% (YTD: +12.5%)
                Hang Seng | 17,250 | +1.1%
                """;

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then each line gives its level and move, and the bracketed move is year to date
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent,
                MarketFigure::period).containsExactly(
                        tuple("Nikkei 225", 39120.0, -0.4, null), tuple("Nikkei 225", null, 12.5, Period.YTD),
                        tuple("Hang Seng", 17250.0, 1.1, null));
    }

    @Test
    void readsBulletedTickersWithPointAndPercentMoves() {
        // Given a ticker of prices with a signed move in dollars and in percent, one name in capitals the lexicon lacks
        String text = """
                COPPER • $4.1250 -0.0310 -0.75%
                DUBAI CRUDE • $81.40 +0.55 +0.68%
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each price is a level in dollars with its point and percent moves
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePoints,
                MarketFigure::changePercent, MarketFigure::currency).containsExactly(
                        tuple("Copper", 4.125, -0.031, -0.75, "USD"), tuple("DUBAI CRUDE", 81.4, 0.55, 0.68, "USD"));
    }

    @Test
    void readsNoQuoteLineFromALoneLineOrFromUnsignedNumbers() {
        // Given one quote line alone, and two lines of bid and ask prices with no move
        String text = """
                The session was quiet.
                Gold | 2,010.40 | +0.6%

                Bid and ask
                Silver 24.10 24.15
                Platinum 905.00 907.50
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no bid or ask price is read as a move
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePoints).doesNotContain(
                tuple("Silver", 0.05), tuple("Platinum", 2.5));
    }

    @Test
    void readsQuotesSideBySideOnOneLineAndANameEndingInANumber() {
        // Given a ticker of two quotes a line, and a wrap line whose index name ends in a number
        String text = """
                ACME | 12.40 | +3.10% | BOLT | 5.05 | -2.50% |
                **Nasdaq 100** ▲0.9% → 20,410.55
                **Dow** ▼0.3% → 42,980.10
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each quote keeps its own numbers, and the number of the index's name is no level
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("ACME", 12.4, 3.1), tuple("BOLT", 5.05, -2.5), tuple("Nasdaq 100", 20410.55, 0.9),
                        tuple("Dow Jones Industrial Average", 42980.1, -0.3));
    }

    @Test
    void readsAnUnknownNameOfTwoWordsButNoLoneWordOfACalendar() {
        // Given quote lines of two companies the lexicon lacks, then a table of monthly rates
        String text = """
                Harbour Mills (HBM) | 3.42 | +1.8%
                Quill Paper | 0.95 | -0.6%

                January 2025 4.1%
                February 2025 3.9%
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the companies are read by their names, the months are no instrument
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("Harbour Mills", 3.42, 1.8), tuple("Quill Paper", 0.95, -0.6));
    }
}
