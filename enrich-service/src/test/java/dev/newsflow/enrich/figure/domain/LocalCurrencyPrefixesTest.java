package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prices written with the letters a local press puts before them: Ghana's "GHC2.15", Kenya's "Sh31.40". */
class LocalCurrencyPrefixesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kasapreko Holdings rose 2.4 per cent to close at GHC2.15 per share.      | 2.4  | 2.15  | GHS
            Mumias Agro slipped 1.9 per cent to end the day at Sh31.40.              | -1.9 | 31.4  | KES
            """)
    void aLocalPrefixMakesThePriceALevel(String text, double percent, double level, String currency) {
        // Given a stock's move and its closing price written with a local currency's letters

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move and the price are one figure, the price in that currency
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.changePercent()).isEqualTo(percent);
            assertThat(f.level()).isEqualTo(level);
            assertThat(f.currency()).isEqualTo(currency);
        });
    }
}
