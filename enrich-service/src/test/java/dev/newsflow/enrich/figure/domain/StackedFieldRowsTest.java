package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote widgets that print each field's label on a line of its own and its value on the line below. */
class StackedFieldRowsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsEachLabelOverItsValueAndTheHeadlineQuoteAbove() {
        // Given a futures widget: its headline price and move, then labels over values, a range and a line of no field
        String text = """
                Brent Crude Futures
                Brent Nov 2025
                67.40
                -0.52 (-0.77%)
                Open
                67.95
                Day Range
                67.10 - 68.02
                Volume
                112.4K
                5 Day
                -1.35%
                YTD
                -9.80%
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the headline is the latest session's quote, each field a figure dated by its label, the range two
        // intraday levels and the volume no figure
        assertThat(figures).extracting(MarketFigure::level, MarketFigure::changePercent, MarketFigure::period)
                .containsExactly(tuple(67.4, -0.77, null), tuple(67.95, null, Period.INTRADAY),
                        tuple(67.1, null, Period.INTRADAY), tuple(68.02, null, Period.INTRADAY),
                        tuple(null, -1.35, Period.WEEK), tuple(null, -9.8, Period.YTD));
        assertThat(figures).extracting(MarketFigure::subject).containsOnly("Brent crude");
    }

    @Test
    void readsLabelsOfAnotherLanguageFromTheVocabulary() {
        // Given an index widget with Afrikaans labels and levels in spaced thousands with decimal commas
        String text = """
                Kospi
                Vorige sluiting
                2 601,15
                Dagwisseling
                2 590,40 - 2 612,88
                Jaarwisseling
                2 280,95 - 2 896,43
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the previous close, the day's range and the year's range are levels of their periods
        assertThat(figures).extracting(MarketFigure::level, MarketFigure::period).containsExactly(
                tuple(2601.15, Period.PRIOR_SESSION), tuple(2590.4, Period.INTRADAY), tuple(2612.88, Period.INTRADAY),
                tuple(2280.95, Period.YEAR), tuple(2896.43, Period.YEAR));
    }

    @Test
    void readsTwoRangesOfAWidgetInCatalan() {
        // Given an index widget with Catalan labels: the day's range and the year's, in decimal commas
        String text = """
                Nikkei 225
                Interval de preus d'avui
                38.102,55 - 38.590,10
                Interval anual
                31.156,12 - 42.224,02
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then both ranges give two levels of their periods
        assertThat(figures).extracting(MarketFigure::level, MarketFigure::period).containsExactly(
                tuple(38102.55, Period.INTRADAY), tuple(38590.1, Period.INTRADAY), tuple(31156.12, Period.YEAR),
                tuple(42224.02, Period.YEAR));
    }

    @Test
    void readsNoFieldFromALoneLabelOverAValue() {
        // Given one label over one value under an index's name
        String text = """
                Nikkei 225
                Open
                38.102,55
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no widget is read
        assertThat(figures).isEmpty();
    }

    @Test
    void readsNoFieldFromLabelsThatNameNoQuote() {
        // Given a company's fact box, labels over values that are no market figures
        String text = """
                Kospi-listed Hanbit Foods
                Employees
                1,200
                Founded
                1987
                Branches
                45
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then it finds no figure
        assertThat(figures).isEmpty();
    }
}
