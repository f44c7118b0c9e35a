package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A day's move told first and its rate at a clock time told next are one figure, as currency reports write them. */
class ClockedRatesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void joinsADaysMoveAndItsRateAtAClockTime() {
        // Given a move of the day, then the rate at a clock time in the next sentence
        String text = "The zloty slid 0.8% against the euro on Thursday as traders priced in a rate cut. By 1015 GMT the zloty was at 4.3120.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move and the rate are one figure of the latest session
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level,
                MarketFigure::period).containsExactly(tuple("Polish zloty", -0.8, 4.312, null));
    }

    @Test
    void keepsARateAtAClockTimeApartFromAMoveWithItsOwnRate() {
        // Given a move with its own rate, then another rate at a clock time
        String text = "The zloty slid 0.8% to 4.3350 on Thursday. By 1015 GMT the zloty was at 4.3120.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the timed rate stays a figure of its own
        assertThat(figures).extracting(MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(-0.8, 4.335), tuple(null, 4.312));
    }
}
