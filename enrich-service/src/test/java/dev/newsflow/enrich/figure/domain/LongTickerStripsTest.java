package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ticker strips however long, with levels written in spaced thousands and decimal commas, and strips that quote a
 * level alone beside moves or set apart by wide gaps.
 */
class LongTickerStripsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsEveryQuoteOfAStripLongerThanALine() {
        // Given an exchange's strip of codes, levels in decimal commas (one in spaced thousands) and percent moves,
        // longer than any quote line
        String text = "ALPHX 312,45 0,84 % BRAVO 2,10 -1,20 % CHRLY 45,60 0,00 % DELTX 8 214,07 -0,35 % "
                + "ECHOS 19,95 2,41 % FOXTR 7,30 -0,68 % GOLFY 120,00 1,02 % HOTEL 3,05 -2,56 % INDIA 66,10 0,15 % "
                + "JULIT 41,20 0,49 % KILOS 5,55 -0,90 %\n";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each code has its level and its move, the spaced thousands read as one level
        assertThat(text.length()).isGreaterThan(200);
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .contains(tuple("ALPHX", 312.45, 0.84), tuple("DELTX", 8214.07, -0.35), tuple("INDIA", 66.1, 0.15));
        assertThat(figures).hasSize(11);
    }

    @Test
    void readsLevelsQuotedAloneBesideMovesOrAcrossWideGaps() {
        // Given a strip of indices with moves ending in exchange rates quoted alone, and a board of share prices set
        // apart by wide gaps
        String text = """
                NORTH 1,204.50 +0.40% SOUTH 88.12 -0.15% EAST 512.30 +1.10% USD/PLN 4.02 USD/HUF 365.75
                KTRX 4,120     MBLQ 215     ZNPH 1,880     QWTD 92
                """;

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then the rates and the prices are levels of their own
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level)
                .contains(tuple("USD/PLN", 4.02), tuple("USD/HUF", 365.75), tuple("KTRX", 4120.0),
                        tuple("QWTD", 92.0));
    }

    @Test
    void readsNoStripFromALongSentenceOrFromCountsSideBySide() {
        // Given a long sentence full of numbers, and a line of unsigned counts with single spaces
        String text = "The index rose 1.2% to 4,512.30 on Tuesday after falling 0.8% to 4,458.10 on Monday, while "
                + "turnover climbed to 1.2 billion shares from 980 million and 312 stocks advanced against 198 that "
                + "declined, with 45 unchanged and 12 hitting new highs.\n"
                + "NYSE 1200 AMEX 300 ARCA 450\n";

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then no count becomes a quote
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain("NYSE", "AMEX", "ARCA");
        assertThat(figures).extracting(MarketFigure::level).doesNotContain(1200.0, 312.0, 45.0);
    }
}
