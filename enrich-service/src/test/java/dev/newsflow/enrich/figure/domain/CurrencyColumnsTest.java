package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table column headed "Currency" that holds each row's exchange rate: the rate is the currency's level. */
class CurrencyColumnsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsTheRateUnderACurrencyColumnAsTheLevel() {
        // Given rows naming a country and its currency's code, then the rate under "Currency" and a year's move
        String text = """
                | Country | Code | Currency | YTD % |
                | Norway | NOK | 10.47 | -2.15 |
                | Sweden | SEK | 10.88 | 3.40 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each currency has its rate as the latest level and its move of the year to date
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent,
                MarketFigure::period).containsExactly(
                        tuple("Norwegian krone", 10.47, null, null), tuple("Norwegian krone", null, -2.15, Period.YTD),
                        tuple("Swedish krona", 10.88, null, null), tuple("Swedish krona", null, 3.4, Period.YTD));
    }

    @Test
    void readsNoLevelFromACurrencyColumnOfCodes() {
        // Given a table whose "Currency" column holds codes, not rates
        String text = """
                | Index | Currency | Close |
                |---|---|---|
                | Nikkei 225 | JPY | 38,410.25 |
                | FTSE 250 | GBP | 19,870.10 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then only each index's close is its level
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("Nikkei 225", 38410.25), tuple("FTSE 250", 19870.1));
    }
}
