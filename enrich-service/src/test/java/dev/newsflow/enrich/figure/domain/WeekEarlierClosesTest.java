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
 * A close set against last week's close ("closed at 4,102.50, down 31.20 from last week's 4,133.70, a decrease of
 * about 0.75%") is the week's figure, its move told after the earlier level too; the earlier close is `other`.
 */
class WeekEarlierClosesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsACloseSetAgainstLastWeeksCloseAsTheWeeks() {
        // Given a weekly report: the close, its change from last week's close, then the percentage after that level
        String text = "The Kospi closed at 2,480.15, down 31.20 from last week's 2,511.35, a decrease of approximately 1.24%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the close and its percentage are the week's, last week's close another time's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level,
                MarketFigure::period).containsExactly(tuple("Kospi", -1.24, 2480.15, Period.WEEK),
                tuple("Kospi", null, 2511.35, Period.OTHER));
    }

    @Test
    void keepsACloseComparedInAnAsideAsTheLatestSessions() {
        // Given a close with an aside comparing it with last week's close, after a comma
        String text = "The Kospi closed at 2,480.15, down from 2,511.35 last week.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the close stays the latest session's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::period)
                .contains(tuple("Kospi", 2480.15, null));
    }
}
