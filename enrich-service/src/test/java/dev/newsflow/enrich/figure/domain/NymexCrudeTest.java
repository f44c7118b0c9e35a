package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Crude traded on Nymex is the WTI contract, whichever way the exchange is written before it. */
class NymexCrudeTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nymex crude rose 1.2% to $64.10 a barrel.
            NYMEX crude oil futures fell 0.8% to $63.55 a barrel.
            Nymex's crude oil edged up 1.2% to $64.10 per barrel.
            """)
    void nymexCrudeIsWti(String text) {
        // Given a move of crude named after the New York exchange

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then it is WTI crude
        assertThat(figures).singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo("WTI crude"));
    }
}
