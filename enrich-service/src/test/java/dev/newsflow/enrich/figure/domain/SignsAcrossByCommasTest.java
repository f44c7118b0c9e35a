package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "rose more sharply, by 5.2% to 1,587.60": the verb before a comma that sets off "by" signs the move after it. */
class SignsAcrossByCommasTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The FTSE 100 rose for a third session, by 0.62% to 8,214.50.          | FTSE 100 | 0.62  | 8214.5
            The Kospi also fell, by 1.08 percent to 2,601.33 points.              | Kospi    | -1.08 | 2601.33
            Gold climbed the most in a month, by 2.1% to $2,405.10 an ounce.      | Gold     | 2.1   | 2405.1
            """)
    void theVerbSignsTheMoveAfterTheComma(String text, String subject, double percent, double level) {
        // Given a movement verb, a comma, then "by" and the move with its level

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move keeps the verb's sign and joins its level
        assertThat(figures).singleElement().extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level).containsExactly(subject, percent, level);
    }

    @Test
    void aCommaWithoutByStillEndsTheVerb() {
        // Given a comma after the verb and a percentage that is no move
        String text = "The Kospi fell on Monday, 1.2 percent of its shares changing hands.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the verb signs nothing past the comma
        assertThat(figures).isEmpty();
    }
}
