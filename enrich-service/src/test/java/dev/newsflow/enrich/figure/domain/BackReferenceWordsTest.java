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
 * "The index", "the stock" refer back to the instrument named before only when their other words describe it: a
 * place ("the Oman stock exchange index") or a kind of index ("the capital goods index") names another instrument.
 */
class BackReferenceWordsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Emirates NBD jumped 4.2% in Dubai trading. The Oman stock exchange index rose 0.3% to 4,512.6 points.              | Emirates NBD | 4.2
            The Sensex rose 0.5% to 61,200.40. The capital goods index, by contrast, lost 0.9% on weak orders.                  | Sensex       | 0.5
            The KSE-100 closed 1.1% higher at 71,400.25. The equal-weighted index also added 0.8% in thin trade.                | KSE-100      | 1.1
            Toyota gained 2.1% in Tokyo. In Oman, the Muscat stock exchange index slipped 0.2% to 4,380.2.                     | Toyota       | 2.1
            """)
    void leavesAReferenceWhoseWordsNameAnotherInstrument(String text, String subject, double percent) {
        // Given an instrument named, then "the ... index" or "the ... stock" with words that name something else

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the second sentence gives no figure of the first instrument
        assertThat(figures).filteredOn(figure -> figure.subject().equals(subject))
                .extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple(subject, percent));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Hang Seng slipped 0.4% in the morning. The city's main equity index later fell 1.2% to 17,310.55.              | Hang Seng | -1.2 | 17310.55
            The Kospi rose 0.9% on Monday. The broader benchmark index then extended gains to 1.3% at 2,655.80.               | Kospi     | 1.3  | 2655.8
            The Topix rose 0.2%. The broad Topix index then added 0.6% to 2,480.15.                                           | Topix     | 0.6  | 2480.15
            """)
    void followsAReferenceWhoseWordsDescribeTheInstrument(String text, String subject, double percent, double level) {
        // Given an index named, then "the ... index" with words that only describe it or are words of its name

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the second sentence's figure is the same index's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .contains(tuple(subject, percent, level));
    }
}
