package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A currency quoted against several others in one list gives one level per amount. */
class CrossRatesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsEachAmountOfAListOfQuotesAsALevel() {
        // Given a currency quoted in US cents, Australian cents, pence, yen and euro in one sentence
        String text = "At 4.45pm the Canadian dollar stood at 73.12 US cents, 108.40 Australian cents, 57.85 pence, 104.6 yen and 0.6710 euro.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each amount is a level of the Canadian dollar
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level).containsExactly(
                tuple("Canadian dollar", 73.12), tuple("Canadian dollar", 108.4), tuple("Canadian dollar", 57.85),
                tuple("Canadian dollar", 104.6), tuple("Canadian dollar", 0.671));
    }

    @Test
    void readsNoListFromASingleNumberAfterTheQuote() {
        // Given a currency's level followed by one unrelated count
        String text = "The Canadian dollar ended at 73.12 US cents, and 14 analysts polled expect it to firm.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the count is no level
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("Canadian dollar", 73.12));
    }
}
