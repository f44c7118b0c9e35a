package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence with no figure that sets a week or month as its time ("Over the week, ...") gives it to the moves after it. */
class SpanSettingSentencesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Over the week, Gulf markets were mixed. The Tadawul All Share Index lost 1.2% to 11,250.30, while the DFM General Index gained 0.8% to 4,120.50.  | WEEK
            During the month, investors stayed cautious. The Tadawul All Share Index lost 1.2% to 11,250.30, while the DFM General Index gained 0.8% to 4,120.50. | MONTH
            Gulf bourses ended last week on a weak note. The Tadawul All Share Index lost 1.2% to 11,250.30, while the DFM General Index gained 0.8% to 4,120.50. | WEEK
            """)
    void theSpanOfAFigurelessSentenceIsTheFollowingMoves(String text, Period period) {
        // Given a sentence that sets a span and tells no figure, then a sentence of moves with no time of their own

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then both moves are of that span, with their levels
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level,
                MarketFigure::period).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tadawul All Share Index", -1.2, 11250.3, period),
                org.assertj.core.groups.Tuple.tuple("DFM General Index", 0.8, 4120.5, period));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Investors await the central bank's decision next week. The Tadawul All Share Index lost 1.2% to 11,250.30.
            Last week's rally in Riyadh faded. The Tadawul All Share Index lost 1.2% to 11,250.30.
            Traders expect the rally to last this week. The Tadawul All Share Index lost 1.2% to 11,250.30.
            Over the week, Gulf markets were mixed. On Thursday the Tadawul All Share Index lost 1.2% to 11,250.30.
            """)
    void aSpanAheadOwnedOrOverriddenSetsNone(String text) {
        // Given a figureless sentence whose week is ahead, owned by a noun or told as an aside, or moves of a named day

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move is the latest session's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level,
                MarketFigure::period).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tadawul All Share Index", -1.2, 11250.3, null));
    }
}
