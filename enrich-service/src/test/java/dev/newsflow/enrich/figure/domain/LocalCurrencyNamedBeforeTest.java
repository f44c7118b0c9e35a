package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "The local currency" is the market's own currency the text named last as what moves, else its home market's. */
class LocalCurrencyNamedBeforeTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The baht firmed 0.3% against the dollar to 32.45. The local currency also rose 0.2% against the yen to 22.10. Singapore's Straits Times Index added 0.5% to 3,310.20 as the Singapore dollar held steady and Singapore banks gained. | 22.10   | Thai baht        | 0.2
            Seoul shares fell as the Kospi lost 1.1% to 2,480.55. The local currency weakened 0.4% to 1,385.20 per dollar.                                                                                                                     | 1385.20 | South Korean won | -0.4
            In Mumbai the dollar gained 0.2% against the rupee. The local currency closed at 83.31 per dollar.                                                                                                                                  | 83.31   | Indian rupee     |
            """)
    void theLocalCurrencyIsTheMarketCurrencyNamedLast(String text, double level, String subject, Double move) {
        // Given a text that names a market's currency, or only its market, or the dollar, then "the local currency"
        // (the first names Singapore four times and the baht once)

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the local currency's figure is the currency named last, else the home market's, of the latest session
        assertThat(figures).filteredOn(f -> Double.valueOf(level).equals(f.level()))
                .extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::period)
                .containsExactly(Tuple.tuple(subject, move, null));
    }
}
