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
 * A company whose name opens with a market's ("The New York Times Co.") keeps that market's words when a legal suffix
 * ends it; a phrase that only looks like a commodity ("a silver lining") names none.
 */
class MarketLedCompanyNamesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Other gainers included The Hong Kong Ferry Lines Co., up 2.8%.            | Hong Kong Ferry Lines | 2.8
            Among the fallers was The New Jersey Gazette Co., down 1.7%.              | New Jersey Gazette    | -1.7
            """)
    void keepsTheMarketsWordsInTheName(String sentence, String subject, Double changePercent) {
        // Given a company whose name opens with a market's and ends in a legal suffix

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the figure names the company with the market's words
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple(subject, changePercent));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The storm had a silver lining for builders, up 1.2% on the day.           | -
            Silver rose 1.2% to $31.40 an ounce.                                      | Silver
            """)
    void readsNoCommodityInAnIdiom(String sentence, String subject) {
        // Given an idiom built on a metal's word, and the metal itself moving

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then only the metal's own move is a figure of it
        assertThat(figures).extracting(MarketFigure::subject).containsExactlyElementsOf(
                subject == null ? List.of() : List.of(subject));
    }
}
