package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rate a currency is pegged at is set by its central bank, not traded: no level, where the traded rate is one. */
class CurrencyPegsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsNoLevelFromAPeg() {
        // Given a currency's peg, told beside the rate it traded at
        String text = "The Omani rial has been pegged at 0.3845 to the dollar since 1986. The Egyptian pound weakened 0.6% to 48.95 per dollar on Thursday.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then only the traded rate is a figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Egyptian pound", -0.6, 48.95));
    }
}
