package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table columns of a two-sided quote: the buying side and a metal's cash or three-month price are the level. */
class TwoSidedQuoteColumnsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsTheBuyingSideOfCashAndThreeMonthPrices() {
        // Given a metals table with buyer and seller prices for cash and three months, then a settlement price
        String text = """
                | Metal | Cash Buyer | Cash Seller | 3 Months Buyer | 3 Months Seller | Settlement |
                | Lead | 1990.5 | 1991 | 2012 | 2013 | 1991 |
                | Tin | 31250 | 31300 | 31100 | 31150 | 31300 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each row gives its cash and three-month buying prices and its settlement, and no selling price
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent,
                MarketFigure::period).containsExactly(
                        tuple("Lead", 1990.5, null, null), tuple("Lead", 2012.0, null, null),
                        tuple("Lead", 1991.0, null, null), tuple("Tin", 31250.0, null, null),
                        tuple("Tin", 31100.0, null, null), tuple("Tin", 31300.0, null, null));
    }

    @Test
    void readsTheBidAndNotTheOfferOfACurrencyTable() {
        // Given a Markdown table of currency quotes with bid and offer columns and a percent move
        String text = """
                | Pair | Bid | Offer | Chg % |
                |---|---|---|---|
                | EUR/USD | 1.0842 | 1.0844 | -0.12 |
                | USD/JPY | 151.37 | 151.40 | 0.25 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the bid is each pair's level beside its move
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("EUR/USD", 1.0842, -0.12), tuple("USD/JPY", 151.37, 0.25));
    }
}
