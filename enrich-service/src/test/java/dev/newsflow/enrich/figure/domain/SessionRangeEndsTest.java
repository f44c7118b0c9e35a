package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session's range told by its two ends joined by a slash or by a dash written with spaces ("a high/low of
 * 3,309/3,277", "a range of R17.32/$ - R17.49/$") gives both ends as intraday levels, as "between ... and" does.
 */
class SessionRangeEndsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsBothEndsOfAHighAndLowJoinedByASlash() {
        // Given an index's high and low written as one pair, then its close
        String text = "The Shanghai Composite touched a high/low of 3,412/3,371 before closing at 3,390, up 0.3%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then both ends are intraday levels beside the close
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level,
                MarketFigure::period).containsExactly(tuple("Shanghai Composite", null, 3412.0, Period.INTRADAY),
                tuple("Shanghai Composite", null, 3371.0, Period.INTRADAY),
                tuple("Shanghai Composite", 0.3, 3390.0, null));
    }

    @Test
    void readsBothEndsOfARangeJoinedByASpacedDash() {
        // Given a currency's close, then its session's range with a spaced dash after a quote unit
        String text = "The rand ended 0.4 percent firmer at R18.12/$, having traded in a range of R18.05/$ - R18.29/$.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the close is the latest session's and both ends of the range are intraday
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level,
                MarketFigure::period).containsExactly(tuple("South African rand", 0.4, 18.12, null),
                tuple("South African rand", null, 18.05, Period.INTRADAY),
                tuple("South African rand", null, 18.29, Period.INTRADAY));
    }

    @Test
    void readsNoRangeFromADashBeforeAnAside() {
        // Given a level followed by a spaced dash and an aside, no second number
        String text = "The rand weakened 1.1% to R18.40/$ - its softest in a month - as the dollar firmed.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move and its level are one figure of the latest session
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level,
                MarketFigure::period).containsExactly(tuple("South African rand", -1.1, 18.4, null));
    }
}
