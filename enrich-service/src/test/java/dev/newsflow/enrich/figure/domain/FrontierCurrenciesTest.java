package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The currencies of frontier and smaller emerging markets are named alone by their unit and move as any other. */
class FrontierCurrenciesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsACurrencyNamedByItsUnitAlone() {
        // Given a currency named by its unit only, quoted against the dollar
        String sentence = "The kwacha weakened 2.1% to 21.40 against the dollar on Tuesday, while the hryvnia firmed 0.3% to 41.05.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each currency has its move and its rate as quoted
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Zambian kwacha", -2.1, 21.4), tuple("Ukrainian hryvnia", 0.3, 41.05));
    }

    @Test
    void readsACurrencyNamedByCountryAndUnit() {
        // Given currencies named by their country and unit
        String sentence = "The Georgian lari slipped 0.4% to 2.71 per dollar and the Kazakh tenge eased 0.2% to 512.30.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each is named by its country's adjective and its unit
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Georgian lari", -0.4, 2.71), tuple("Kazakhstani tenge", -0.2, 512.3));
    }

    @Test
    void namesTheTaiwanCurrencyByItsFullName() {
        // Given the Taiwan dollar named without "New"
        String sentence = "The Taiwan dollar rose 0.4% to 31.20 per US dollar.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then it is the New Taiwan dollar
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("New Taiwan dollar", 0.4, 31.2));
    }

    @Test
    void readsAMoveInTheCurrencysHundredths() {
        // Given moves counted in kopecks and pesewas
        String sentence = "The hryvnia strengthened by 3 kopecks to 41.12 per dollar, while the cedi gained 12 pesewas to 15.40.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each move is in units of its currency
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePoints, MarketFigure::level)
                .containsExactly(tuple("Ukrainian hryvnia", 0.03, 41.12), tuple("Ghanaian cedi", 0.12, 15.4));
    }
}
