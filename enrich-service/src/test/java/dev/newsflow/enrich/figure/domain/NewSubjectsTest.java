package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name the lexicon does not know, after a comma or "and" and before a move of its own, ends the figures of the name before. */
class NewSubjectsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void leavesTheMoveOfAnUnknownNameInAListToNoOne() {
        // Given a list of movers where the middle one is named by a word the lexicon does not know as a company
        String sentence = "Fletcher Building slipped 4c to $3.91, Telecom 6c to $2.05 and Contact Energy 3c to $7.12.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the first company keeps only its own price, and the unknown name's price is nobody's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePoints, MarketFigure::level)
                .containsExactly(tuple("Fletcher Building", -0.04, 3.91), tuple("Contact Energy", -0.03, 7.12));
    }

    @Test
    void leavesTheMoveOfAnUnknownSubjectWithALinkingVerbToNoOne() {
        // Given an index move, then a market the lexicon names no instrument for that "was" lower
        String sentence = "The FTSE 100 ended 0.4% higher at 8,210, and Wall Street was 1% lower.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the index has only its own move and level
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("FTSE 100", 0.4, 8210.0));
    }

    @Test
    void stillReadsASecondMoveOfTheSameName() {
        // Given a company's move and level, and after "and" its move over the week, with no other name between
        String sentence = "Fletcher Building slipped 4c to $3.91 and 2% this week.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then both moves are the company's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Fletcher Building", null, 3.91), tuple("Fletcher Building", -2.0, null));
    }
}
