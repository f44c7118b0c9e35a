package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Put on" signs a move upward: "the Nasdaq put on 32 points". */
class PutOnTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsPutOnAsAGain() {
        // Given index moves told with "put on"
        String text = "The Nasdaq put on 32 points, or 0.2%, to 16,210.40. The KSE 100 index put on 996 points to close at 172,400 points.";

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then both are gains
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::changePoints,
                MarketFigure::level).containsExactly(tuple("Nasdaq Composite", 0.2, 32.0, 16210.4),
                tuple("KSE-100", null, 996.0, 172400.0));
    }

    @Test
    void readsNoMoveFromPutOnBets() {
        // Given "put on" of a trade, not of an instrument's price
        String sentence = "Traders put on bets that the Fed would cut rates by 0.25 percentage point.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then no figure is made
        assertThat(figures).isEmpty();
    }
}
