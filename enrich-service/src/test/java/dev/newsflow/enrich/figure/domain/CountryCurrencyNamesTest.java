package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A currency is named by its country and unit, whichever way the text writes it: "the Taiwan dollar" is the New Taiwan
 * dollar, and a unit written with a capital after "the" ("the Naira") is still that country's currency.
 */
class CountryCurrencyNamesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void namesTheTaiwanDollarByItsFullName() {
        // Given a Taipei report that writes the currency's name in three ways
        String text = "The Taiwan dollar slipped 0.3% to 31.205 per U.S. dollar. The New Taiwan dollar had opened at 31.12, and the NT dollar ended the week 0.5% weaker.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then every figure is the New Taiwan dollar's
        assertThat(figures).extracting(MarketFigure::subject).isNotEmpty().containsOnly("New Taiwan dollar");
    }

    @Test
    void readsACapitalizedUnitAfterTheAsItsCountrysCurrency() {
        // Given reports that capitalize a currency's unit after "the"
        String text = "In Lagos the Naira weakened 0.8% to 1,512.40 per dollar. In Accra the Cedi firmed 1.1% to 11.85.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the moves are the Nigerian naira's and the Ghanaian cedi's, not companies called Naira or Cedi
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Nigerian naira", -0.8, 1512.4), tuple("Ghanaian cedi", 1.1, 11.85));
    }
}
