package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A move noun led by its number in a clause after a figure ("after a 1.1% gain on Tuesday", "following a 4.25-point rise") is a second figure of the same instrument. */
class NumberedMoveNounsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Hang Seng slipped 0.3% to 17,100, after a 1.1% gain on Tuesday.                          | Hang Seng | 1.1  | -
            The Topix ended 2.10 points lower at 2,012.40, following a 4.25-point rise the previous day.  | Topix     | -    | 4.25
            The Topix ended 2.10 points lower at 2,012.40, after a 4.25 point rise on Wednesday.          | Topix     | -    | 4.25
            The Kospi added 0.7% to 2,610.55 after a 1.4% slide on Monday.                                | Kospi     | -1.4 | -
            """)
    void readsTheEarlierMove(String sentence, String subject, Double percent, Double points) {
        // Given a figure followed by a clause with an earlier move written as a noun led by its number

        // When the extractor reads the sentence
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the earlier move is a second figure of the same instrument, of the session before
        assertThat(figures).hasSize(2);
        assertThat(figures.get(1)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::changePoints, MarketFigure::period)
                .containsExactly(subject, percent, points, Period.PRIOR_SESSION);
    }

    @Test
    void leavesAMoveOfAnotherThingToIt() {
        // Given a figure followed by a move noun of economic data and one of another instrument
        String text = "The pound rose 0.2% to $1.27, after a 0.5% drop in UK retail sales in May. "
                + "The Dow rose 120 points to 39,000 after a 2.5% jump in Apple shares.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the data's move is no figure, and the other instrument's move is its own
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("British pound", 0.2), tuple("Dow Jones Industrial Average", null),
                        tuple("Apple", 2.5));
    }
}
