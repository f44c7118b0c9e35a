package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "rose by 2.1% to sell for $30.15", "going for $1,020.50": a price after a verb of selling and "for" is a level. */
class PriceVerbsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Silver rose by 2.1% to sell for $30.15 per ounce.              | Silver    | 2.1  | 30.15
            Palladium gained 1.4%, going for $1,020.50 per ounce.          | Palladium | 1.4  | 1020.5
            Bitcoin slipped 0.8% and went for $61,200 late on Tuesday.     | Bitcoin   | -0.8 | 61200
            """)
    void thePriceIsTheLevelOfTheMove(String text, String subject, double percent, double level) {
        // Given a move, then the price the instrument sold or went for

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the price is the move's level
        assertThat(figures).singleElement().extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level).containsExactly(subject, percent, level);
    }

    @Test
    void aSaleOfSomethingElseGivesNoLevel() {
        // Given a deal: what is sold stands between the verb and "for"
        String text = "Intel rose 2.4% after agreeing to sell its unit for $1.2 billion.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the deal's amount is no level
        assertThat(figures).singleElement().extracting(MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(2.4, null);
    }
}
