package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote lines under a line naming percent columns, whose signed numbers carry no percent sign of their own. */
class PercentHeadedQuoteLinesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsSignedNumbersUnderAPercentColumnAsPercentMoves() {
        // Given tickers with a price and a signed move, under a run-together header that names a percent column
        String text = """
                TickerPriceMove %
                ACMEX 12.40 -2.35
                BOLTZ 3.05 +1.10
                """;

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then the signed numbers are percent moves
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent,
                MarketFigure::changePoints).containsExactly(tuple("ACMEX", 12.4, -2.35, null),
                tuple("BOLTZ", 3.05, 1.1, null));
    }

    @Test
    void keepsSignedNumbersPointsWhenTheHeaderNamesFewerPercents() {
        // Given rows with two signed numbers under a header naming one percent column
        String text = """
                Ticker Price Chg Chg%
                ACMEX 12.40 -0.30 -2.35
                BOLTZ 3.05 +0.03 +1.10
                """;

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(text);

        // Then the first signed number of a row is no percent move
        assertThat(figures).extracting(MarketFigure::changePercent).doesNotContain(-0.3, 0.03);
    }
}
