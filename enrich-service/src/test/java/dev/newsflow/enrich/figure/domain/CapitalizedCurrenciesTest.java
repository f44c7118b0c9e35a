package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A currency's unit written with a capital, as regional press often writes it, is still the currency. */
class CapitalizedCurrenciesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsACapitalizedUnitAsItsCurrency() {
        // Given currencies named by their unit with a capital letter
        String sentence = "The Naira gained N4 to close at N1,520 per dollar, while the Ringgit eased 0.3% to 4.4520 against the greenback.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each is the currency, not a company of that name
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::changePoints,
                MarketFigure::level).containsExactly(tuple("Nigerian naira", null, 4.0, 1520.0),
                tuple("Malaysian ringgit", -0.3, null, 4.452));
    }

    @Test
    void namesTheDollarOfTheUnitedStatesInFull() {
        // Given the dollar named in full as the subject
        String sentence = "The United States dollar rose 0.3% to 152.40 yen.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then it is the US dollar, not a company of that name
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("US dollar", 0.3, 152.4));
    }
}
