package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "moved in a range of 6512-6580": the ends of a session's range are its intraday levels, whole numbers too. */
class GluedRangeEndsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The SET index moved in a range of 1312-1338 during the day.             | 1312 | 1338
            The Kospi traded in a range of 2598 to 2640 before the close.           | 2598 | 2640
            """)
    void bothEndsAreIntradayLevels(String text, double low, double high) {
        // Given an index and the range it moved in, written as whole numbers

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then both ends are intraday levels
        assertThat(figures).extracting(MarketFigure::level, MarketFigure::period)
                .containsExactly(tuple(low, Period.INTRADAY), tuple(high, Period.INTRADAY));
    }

    @Test
    void aCountAfterARangeIsNoEnd() {
        // Given a session's range, then a count of stocks after a dash
        String text = "The Kospi moved between 2,601.10 and 2,644.35 points - 512 stocks rose and 340 fell.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the count is no level
        assertThat(figures).extracting(MarketFigure::level).containsExactly(2601.1, 2644.35);
    }
}
