package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company whose name starts with a small letter and digits, as a brand writes it ("a2 Milk"), is named as a
 * capitalized name would be, while such a word in its everyday use ("a4 paper") names nothing.
 */
class SmallLetteredBrandsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void namesTheBrandWrittenSmall() {
        // Given a market report naming a dairy exporter by its small-lettered brand
        String text = "On the NZX, a2 Milk fell 2.1% to $7.05 while Fletcher Building rose 0.4% to $4.60.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the brand's move is its own, named as written
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("a2 Milk", -2.1, 7.05), tuple("Fletcher Building", 0.4, 4.6));
    }

    @Test
    void leavesEverydaySmallLetteredWordsAlone() {
        // Given words of a small letter and a digit in their everyday use
        String text = "Sales of a4 paper rose 3% in May, and grade b2 steel rose 1.5% to $600 a tonne.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no instrument is named by them
        assertThat(figures).isEmpty();
    }
}
