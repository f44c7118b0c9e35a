package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An exchange's index named by the exchange's words ("the Qatar Stock Exchange index") is the market's main index.
 */
class ExchangeIndicesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void namesAnExchangesIndexAsTheMarketsMainIndex() {
        // Given the indices of two exchanges named by the exchanges' words, capitalized and not
        String text = "The Qatar Stock Exchange index slipped 1.2% to 10,250.40, while the Saudi stock exchange "
                + "index gained 0.4%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each is its market's main index
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("QE Index", -1.2, 10250.40), tuple("Tadawul All Share Index", 0.4, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Qatar Stock Exchange said turnover rose 12% to QR450 million.              | QE Index
            The American Stock Exchange composite index climbed 1.89 to 835.25.            | S&P 500
            The Moscow Exchange Index (MOEX) fell 0.4% to 2,885.                           | MOEX Russia
            """)
    void namesNoMainIndexForAnExchangeOrAnIndexWithANameOfItsOwn(String text, String mainIndex) {
        // Given an exchange's own news, or an exchange's index that has a name of its own

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no figure is the market's main index
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain(mainIndex);
    }
}
