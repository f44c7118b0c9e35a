package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Unmoved" is a flat move like "unchanged", and an index named by its size after its family is that family's. */
class UnmovedTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsUnmovedAsNoChange() {
        // Given a price reported unmoved at a level
        String sentence = "Gold was unmoved at $2,331.40 an ounce.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the move is zero and the level kept
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Gold", 0.0, 2331.4));
    }

    @Test
    void namesASizeIndexAfterItsFamilyInAReportOfItsMarket() {
        // Given a report of the Indian market where the smallcap index follows the BSE Midcap and ends unmoved
        String text = "The Sensex rose 0.8% in Mumbai. The BSE Midcap index was up 0.1 percent, while the Smallcap index ended unmoved.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the smallcap index is the family's member, with no change, beside the market's other two figures
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Sensex", 0.8), tuple("BSE Midcap", 0.1), tuple("BSE Smallcap", 0.0));
    }
}
