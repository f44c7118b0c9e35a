package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "opened flat, down just 0.04%", "ended almost flat": a flat session whose move the clause then tells is that move,
 * and one only nearly flat is a figure with no number, as "little changed" is.
 */
class FlatThenMovesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The CAC 40 opened flat, down just 0.04% at 7,512.30.              | -0.04
            The Topix closed almost flat, adding 0.03% to 2,710.15.           | 0.03
            The Hang Seng was flat (+0.02%) at the lunch break.               | 0.02
            """)
    void theMoveIsTheFigure(String text, double percent) {
        // Given a flat session, then its move in the same clause

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move is the figure, and no zero beside it
        assertThat(figures).singleElement().extracting(MarketFigure::changePercent).isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Kospi ended almost flat on Friday.                             | Kospi
            The loonie was nearly unchanged at 73.10 US cents.                 | Canadian dollar
            """)
    void nearlyFlatHasNoNumber(String text, String subject) {
        // Given an instrument only nearly flat

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then it is a figure with no move
        assertThat(figures).singleElement().extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(subject, null);
    }

    @Test
    void aFlatSessionStaysFlatBeforeAnotherClause() {
        // Given a flat stock, then another's move in the next clause
        String text = "Unilever ended flat, and Diageo rose 1.2% to 2,450p.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the flat one keeps its zero
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .contains(org.assertj.core.groups.Tuple.tuple("Unilever", 0.0));
    }
}
