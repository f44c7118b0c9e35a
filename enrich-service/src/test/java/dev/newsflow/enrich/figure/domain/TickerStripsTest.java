package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ticker strips: quotes of one signed move each, side by side on one line, read as rows of a quote table. */
class TickerStripsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsEachTickerOfAStripPrintedWithoutSpaces() {
        // Given a strip of tickers in capitals, each followed by its signed percent move, printed with no gaps
        String text = """
                Biggest movers
                QRVO -4.1%ZBRA +2.6%TTWO -1.9%KLIC +0.7%
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each ticker has its own move
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent).containsExactly(
                tuple("QRVO", -4.1), tuple("ZBRA", 2.6), tuple("TTWO", -1.9), tuple("KLIC", 0.7));
    }

    @Test
    void readsNoStripFromTwoQuotesOrFromUnsignedNumbers() {
        // Given two tickers only, and a line of three names with unsigned counts
        String text = """
                QRVO -4.1%ZBRA +2.6%
                NYSE 1200 AMEX 300 ARCA 450
                """;

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then neither line is a strip
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain("ZBRA", "NYSE", "AMEX", "ARCA");
    }
}
