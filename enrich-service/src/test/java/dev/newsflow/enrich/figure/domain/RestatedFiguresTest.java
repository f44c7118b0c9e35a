package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure the text states again in another sentence is a figure each time; a tldr item repeating it adds none. */
class RestatedFiguresTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void keepsAFigureStatedInTwoSentences() {
        // Given a level stated in a headline line and again in the body
        String body = "Kospi ends at 2,501.35\nDealers said the Kospi closed at 2,501.35 after a quiet session.";

        // When the extractor reads the body
        List<MarketFigure> figures = extractor.extract(body);

        // Then each statement is a figure, each with its own sentence
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("Kospi", 2501.35), tuple("Kospi", 2501.35));
        assertThat(figures.get(0).start()).isLessThan(figures.get(1).start());
    }

    @Test
    void addsNoFigureForARepeatInOneSentenceOrInTheTldr() {
        // Given a body that gives a level once and a tldr item that repeats it
        String body = "The rupee settled at 83.26 against the US dollar on Friday.";

        // When the extractor reads the body and the tldr
        List<MarketFigure> figures = extractor.extract(body, List.of("Rupee settled at 83.26 against the US dollar"));

        // Then the level is one figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("Indian rupee", 83.26));
    }
}
