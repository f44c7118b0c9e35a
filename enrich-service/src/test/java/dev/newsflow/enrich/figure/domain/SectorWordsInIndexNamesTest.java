package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sector gauges whose names hold a word that elsewhere marks economic data ("industrial", "consumer", "services"):
 * "the Financial Services Index", "the consumer durables index"; not "the Consumer Price Index".
 */
class SectorWordsInIndexNamesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsCapitalizedGaugesNamedBySectorWords() {
        // Given an exchange's sector indices named in capitals, one of them by a sector and the words that go on it
        String text = "Among sectors, the Industrial Index climbed 12.40 points to 4,210.55, while the Consumer Services Index lost 0.7% to 980.20.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each gauge is a figure with its move and level
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePoints, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("Industrial Index", 12.4, null, 4210.55),
                        tuple("Consumer Services Index", null, -0.7, 980.2));
    }

    @Test
    void readsALowercaseGaugeNamedBySectorWords() {
        // Given a sector gauge named in lowercase by a word that also marks consumer data
        String text = "The consumer durables index advanced 41.3 points after a strong festive season.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the gauge is a figure with its move in points
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePoints)
                .containsExactly(tuple("consumer durables index", 41.3));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The Consumer Price Index rose 0.4% in May from April.",
        "The consumer confidence index rose 3.1 points in June.",
        "The industrial production index fell 1.2% on the year.",
        "The ISM Services Index rose 2.1 points to 54.1."
    })
    void findsNoGaugeInTheNameOfEconomicData(String text) {
        // Given an economic indicator whose name holds a sector's word

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then it gives no figure
        assertThat(figures).isEmpty();
    }
}
