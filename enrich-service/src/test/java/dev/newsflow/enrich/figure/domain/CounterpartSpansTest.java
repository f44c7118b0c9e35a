package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counterpart a move is measured against ("against the US dollar", "versus the euro") stands between the move and
 * its period without hiding it; a span counted back from the day ("since three days ago") is a counted span.
 */
class CounterpartSpansTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsThePeriodAfterTheCurrencyAMoveIsMeasuredAgainst() {
        // Given currency moves whose periods follow the currencies they are measured against
        String text = "The Swiss franc has climbed by nearly 9% against the US dollar over the past year. "
                + "The Kenyan shilling has shed about 4.5% versus the euro since the start of the year.";

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then each move is of the period told after its counterpart
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::period)
                .containsExactly(tuple("Swiss franc", 9.0, Period.YEAR),
                        tuple("Kenyan shilling", -4.5, Period.YTD));
    }

    @Test
    void readsASpanCountedBackFromTheDayAfterSince() {
        // Given a move measured since a time counted back in days
        String text = "Ether has rallied 18% since three days ago.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the three days are a span of their own
        assertThat(figures).extracting(MarketFigure::changePercent, MarketFigure::period)
                .containsExactly(tuple(18.0, Period.OTHER));
    }

    @Test
    void keepsAMoveMeasuredAgainstThePreviousCloseTheLatestSession() {
        // Given a move measured against the last close, and one against a currency with no period after it
        String text = "The rupee fell 0.3% against the previous close. The euro rose 0.4% against the yen.";

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then both are the latest session's
        assertThat(figures).extracting(MarketFigure::changePercent, MarketFigure::period)
                .containsExactly(tuple(-0.3, null), tuple(0.4, null));
    }
}
