package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "rose 0.7% to 73 cents", "tumbled 12.5 sen to 51 sen": a price in cents is its number of cents, its move too. */
class PricesInHundredthsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Genting Singapore rose 0.7% to 73 cents.                  | Genting Singapore  |       | 73
            Genetec Technology tumbled 12.5 sen to 51 sen.            | Genetec Technology | -12.5 | 51
            Lee Enterprises ticked up 3 cents (+7.6%) to 42 cents.    | Lee Enterprises    | 3     | 42
            """)
    void thePriceStaysInCents(String text, String subject, Double points, double level) {
        // Given a price quoted in hundredths of its currency

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the level is the number of hundredths, with no currency, and a move in money is told in them too
        assertThat(figures).singleElement().extracting(MarketFigure::subject, MarketFigure::changePoints,
                MarketFigure::level, MarketFigure::currency).containsExactly(subject, points, level, null);
    }

    @Test
    void aMoveInCentsToAPriceInDollarsIsInDollars() {
        // Given a move in cents to a price in dollars
        String text = "Brent crude gained 64 cents to $71.20 a barrel.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move is in the dollars of its level
        assertThat(figures).singleElement().extracting(MarketFigure::changePoints, MarketFigure::level,
                MarketFigure::currency).containsExactly(0.64, 71.2, "USD");
    }
}
