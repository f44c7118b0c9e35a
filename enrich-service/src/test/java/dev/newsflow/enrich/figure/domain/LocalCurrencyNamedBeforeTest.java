package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The local currency" is the market's own currency the text named last as what moves, else its home market's. */
class LocalCurrencyNamedBeforeTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void theLocalCurrencyIsTheOneJustNamedThoughAnotherMarketIsNamedMore() {
        // Given a report naming the baht, then "the local currency", then Singapore four times
        String text = "The baht firmed 0.3% against the dollar to 32.45. The local currency also rose 0.2% against the yen to 22.10. "
                + "Singapore's Straits Times Index added 0.5% to 3,310.20 as the Singapore dollar held steady and Singapore banks gained.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the local currency's move is the baht's, not the Singapore dollar's
        assertThat(figures).filteredOn(f -> Double.valueOf(22.1).equals(f.level())).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("Thai baht"))
                .satisfies(f -> assertThat(f.changePercent()).isEqualTo(0.2))
                .satisfies(f -> assertThat(f.period()).isNull());
    }

    @Test
    void beforeAnyCurrencyIsNamedItIsTheHomeMarkets() {
        // Given a report of Seoul whose first currency is "the local currency"
        String text = "Seoul shares fell as the Kospi lost 1.1% to 2,480.55. The local currency weakened 0.4% to 1,385.20 per dollar.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then it is the home market's currency
        assertThat(figures).filteredOn(f -> Double.valueOf(1385.2).equals(f.level())).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("South Korean won"))
                .satisfies(f -> assertThat(f.changePercent()).isEqualTo(-0.4))
                .satisfies(f -> assertThat(f.period()).isNull());
    }

    @Test
    void theDollarNamedBeforeIsNoLocalCurrency() {
        // Given a Mumbai report in which the dollar moves first, then "the local currency"
        String text = "In Mumbai the dollar gained 0.2% against the rupee. The local currency closed at 83.31 per dollar.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the local currency is the rupee, as the dollar is no market's own currency here
        assertThat(figures).filteredOn(f -> Double.valueOf(83.31).equals(f.level())).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("Indian rupee"))
                .satisfies(f -> assertThat(f.changePercent()).isNull())
                .satisfies(f -> assertThat(f.period()).isNull());
    }
}
