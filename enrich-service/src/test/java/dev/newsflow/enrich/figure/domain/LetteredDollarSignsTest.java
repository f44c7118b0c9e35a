package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dollar signs Australian and New Zealand papers write with the country's letters after them: "$A12.40", "$NZ3.05". */
class LetteredDollarSignsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsDollarSignsWithTheCountryLettersAfterThem() {
        // Given share prices written in "$A" and "$NZ"
        String text = "Qantas gained 9 cents to $A10.62, while Spark New Zealand shed 2 cents to $NZ2.31.";

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then each price is a level in its own currency
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::currency)
                .containsExactly(tuple("Qantas", 10.62, "AUD"), tuple("Spark New Zealand", 2.31, "NZD"));
    }
}
