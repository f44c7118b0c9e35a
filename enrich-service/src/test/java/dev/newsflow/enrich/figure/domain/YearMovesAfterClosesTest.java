package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** "to close at 3,210.40 points, reflecting a 9.6% YTD gain": the year's move is no move of the session's close. */
class YearMovesAfterClosesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void aYearsMoveAfterTheCloseIsAFigureOfItsOwn() {
        // Given a session's move and close, then after a comma the year's move
        String text = "The Kospi gained 12.5 points to close at 3,210.40 points, reflecting a 9.6% YTD gain.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the close stays the session's, and the year's move stands alone
        assertThat(figures).extracting(MarketFigure::changePercent, MarketFigure::level, MarketFigure::period)
                .containsExactly(Tuple.tuple(null, 3210.4, null), Tuple.tuple(9.6, null, MarketFigure.Period.YTD));
    }
}
