package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Companies written with their exchange and ticker in brackets ("(TSX:ESM)"), whose exchange names no index, and
 * companies whose name opens with a currency's, coin's or commodity's word and ends in a legal suffix.
 */
class ExchangeTickerNamesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Yen Harbour Mining Corp. (TSX:YHM) shares jumped 12% to $0.44 after the permit came through.   | Yen Harbour Mining | 12   | 0.44
            Copper Ridge Explorations Ltd. (ASX:CRX) fell 6.5% to A$1.12 on the drilling update.          | Copper Ridge Explorations | -6.5 | 1.12
            Marlow Kitchens (TSX:MKN) climbed 4.2% to $18.30.                                              | Marlow Kitchens    | 4.2  | 18.3
            """)
    void namesTheCompanyNotTheExchangesIndex(String sentence, String subject, Double changePercent, Double level) {
        // Given a company with its exchange and ticker in brackets, its name maybe led by a currency's or metal's word

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the figure is the company's, not the exchange's index nor the currency's or metal's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(subject, changePercent, level));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The TSX rose 0.8% to 21,410.50 as miners gained.                 | S&P/TSX Composite | 0.8  | 21410.5
            The Euro Sank 0.4% To 1.0810 As Yields Climbed                   | Euro              | -0.4 | 1.081
            """)
    void leavesTheIndexAndTheCurrencyAlone(String sentence, String subject, Double changePercent, Double level) {
        // Given an exchange's index named outside brackets, and a currency in a headline written in title case

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each stays the instrument it names
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(subject, changePercent, level));
    }
}
