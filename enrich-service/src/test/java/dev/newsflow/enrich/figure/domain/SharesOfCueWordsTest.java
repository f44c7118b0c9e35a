package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After "shares of", a capitalized word that cues other numbers elsewhere ("Premium") names the company. */
class SharesOfCueWordsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void namesTheCompanyInsideASentence() {
        // Given a company named by a cue word after "shares of" in the second clause of a sentence
        String text = "Apple rose 3% on Tuesday, while shares of Premium fell 1.5% after its results.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then both moves are found, each under its company
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Apple", 3.0), tuple("Premium", -1.5));
    }

    @Test
    void leavesTheCueInLowerCaseAlone() {
        // Given the same word as a plain noun after "shares of"
        String text = "Apple rose 3%, and shares of premium brands fell 1.5%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no company is named by it
        assertThat(figures).extracting(MarketFigure::subject).containsExactly("Apple");
    }
}
