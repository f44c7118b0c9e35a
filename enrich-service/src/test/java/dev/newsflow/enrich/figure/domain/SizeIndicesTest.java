package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which index "the smallcap index" or "the mid-cap index" is when another index is named before it in the sentence. */
class SizeIndicesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The BSE Midcap index gained 0.8% to 41,200.10, and the smallcap index added 1.2% to 47,015.60.    | BSE Midcap | 0.8  | 41200.1  | BSE Smallcap | 1.2  | 47015.6
            The BSE Smallcap index slipped 0.3%, while the Midcap index fell 0.6% to 40,870.                 | BSE Smallcap | -0.3 | -       | BSE Midcap   | -0.6 | 40870
            """)
    void namesTheFamilyMemberOfThatSize(String sentence, String first, Double firstPercent, Double firstLevel,
            String second, Double secondPercent, Double secondLevel) {
        // Given an index of a family named by its size, then another of the family named by its size alone

        // When the extractor reads the sentence
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the second move is the family's member of that size
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(first, firstPercent, firstLevel), tuple(second, secondPercent, secondLevel));
    }

    @Test
    void namesAnIndexOfNoKnownFamilyAsWritten() {
        // Given a size index named after an index whose name has no size
        String sentence = "The CAC 40 rose 0.5% to 7,310.40, but the mid-cap index declined 0.2%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the decline is the size index's as the text names it, not the first index's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .contains(tuple("mid-cap index", -0.2))
                .doesNotContain(tuple("CAC 40", -0.2));
    }

    @Test
    void leavesASizeIndexOpeningASentenceToWhatWasNamedBefore() {
        // Given a size index that opens its sentence, after a sentence naming a small-cap index
        String text = "The Russell 2000 closed up 1.1% at 2,210.50. The small-cap index is up 6.5% this year.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no index is made of the words "small-cap index"
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain("small-cap index", "Small-cap index");
    }
}
