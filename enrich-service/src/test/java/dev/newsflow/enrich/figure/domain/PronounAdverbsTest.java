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

/** "It" with adverbs before its verb ("It later closed at", "It finally ended at", "It sharply reversed") refers back to the instrument last named. */
class PronounAdverbsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Kospi dropped 1.5% to 2,480.10 in the morning. It later closed at 2,501.35, down 0.7%.          | Kospi        | -0.7 | 2501.35
            Ether slid 4% to $2,210 overnight. It now trades around $2,250.                                      | Ether        | -    | 2250
            The peso weakened 0.3% to 17.95 per dollar at midday. It then recovered to 17.88 by the close.      | Mexican peso | -    | 17.88
            The Taiex fell 1.2% to 21,300.50 at the open. It quickly rebounded 0.4% to 21,645.20 by noon.       | Taiex        | 0.4  | 21645.2
            """)
    void refersBackAcrossAdverbs(String text, String subject, Double percent, Double level) {
        // Given a figure, then a sentence on it opened by "it" and an adverb

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the second sentence's figure is the same instrument's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .contains(tuple(subject, percent, level)).hasSize(2);
    }

    @Test
    void leavesAnItWithoutAVerbOfMovement() {
        // Given a sentence opened by "it", an adverb and a verb that tells no move of the instrument
        String text = "Bitcoin fell 3% to $41,000. It clearly worried traders, who had bet on a 5% rally.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then only the first sentence gives a figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Bitcoin", -3.0, 41000.0));
    }
}
