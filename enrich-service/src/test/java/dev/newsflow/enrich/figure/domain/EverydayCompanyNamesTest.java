package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A listed company whose one-word name is an everyday word ("Target") is the company where the writing can mean
 * nothing else, and the word keeps its everyday sense elsewhere ("a price target").
 */
class EverydayCompanyNamesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void namesTheCompanyWhereItsMoveOrItsSharesFollow() {
        // Given a retail report naming the company in four ways
        String text = "Retailers gained, with Costco up 1.1% and Target up 2.4%. Target (TGT) later fell 0.5% to "
                + "$141.20. Shares of Target rose 3% on Wednesday. Target shares dropped 4.2% on Thursday.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each move is the company's, named as the list names it, with its ticker
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::symbol, MarketFigure::changePercent,
                MarketFigure::level).contains(tuple("Target", "TGT", 2.4, null), tuple("Target", "TGT", -0.5, 141.2),
                        tuple("Target", "TGT", 3.0, null), tuple("Target", "TGT", -4.2, null));
    }

    @Test
    void leavesTheEverydayWordAlone() {
        // Given the same words in their everyday sense
        String text = "Analysts raised their price target 5% to $150. The gap widened 3% last year. "
                + "The Gap between the two narrowed 2%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no company is named by them
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain("Target", "Gap", "target", "gap");
    }
}
