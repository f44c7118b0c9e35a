package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country written before the acronym of its exchange's index in a list or table only says where the index is: the
 * index is named from its acronym on ("Barbados BSE 1000 Index" is the BSE 1000 Index).
 */
class IndexPlacesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void namesAnIndexFromItsAcronymAfterACountry() {
        // Given a regional roundup that names each index after its country
        String text = "Across the region, the Malawi MSE Domestic Index climbed 1.2% to 331,204.50, while the Bermuda BSX Index slipped 0.4% to 2,011.80.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the indices are named from their acronyms
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("MSE Domestic Index", 1.2, 331204.5), tuple("BSX Index", -0.4, 2011.8));
    }

    @Test
    void keepsACountryThatIsPartOfTheIndexName() {
        // Given an index whose own name starts with its country
        String text = "The Bahrain All Share Index fell 0.3% to 1,947.22.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the country stays in the name
        assertThat(figures).extracting(MarketFigure::subject).containsExactly("Bahrain All Share Index");
    }
}
