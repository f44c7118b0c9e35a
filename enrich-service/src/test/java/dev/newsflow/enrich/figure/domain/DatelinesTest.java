package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dateline that opens a wire story names where it was written, not a company whose move the story tells. */
class DatelinesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void takesNoCompanyFromADatelineWithItsAgency() {
        // Given a wire story whose dateline carries the agency in brackets, then a company referred to by "its shares"
        String text = "NAIROBI (XN) – Kenya's main share index rose 0.4% on Monday. Brewer Tusker Holdings led the gainers, its shares up 6.20%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no figure is named after the city
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain("NAIROBI", "Nairobi");
    }

    @Test
    void takesNoCompanyFromADatelineBeforeADash() {
        // Given a dateline of two capitalized words before a dash, then the exchange's move
        String text = "SANTO DOMINGO — The Dominican Stock Exchange posted an advance of 1.3% on Friday.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the city is no subject
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain("SANTO DOMINGO");
    }

    @Test
    void keepsAKnownIndexThatOpensAQuoteLine() {
        // Given a quote line that opens with an index the lexicon knows, then a dash
        String text = "DAX – down 0.8% at 18,204.10";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the index's figure stays
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("DAX", -0.8));
    }
}
