package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables of pipes printed without a delimiter row, and rows that name a country before its currency's code. */
class UndelimitedPipeTablesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsAPipeTableWithNoDelimiterRow() {
        // Given a table of pipes whose header is followed at once by its rows
        String text = """
                | Index | Close | Chg % |
                | Nikkei 225 | 38,410.25 | 0.32 |
                | FTSE 250 | 19,870.10 | -0.26 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each row's level and percent move sit under their columns
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("Nikkei 225", 38410.25, 0.32), tuple("FTSE 250", 19870.1, -0.26));
    }

    @Test
    void takesTheCurrencyCodeOfARowThatStartsWithItsCountry() {
        // Given rows that give a country, then the code of its currency
        String text = """
                | Country | Code | Close | YTD % |
                | Norway | NOK | 10.12 | -3.50 |
                | Sweden | SEK | 10.95 | 1.25 |
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the figures are the currencies', not the countries'
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain("Norway", "Sweden")
                .contains("Norwegian krone", "Swedish krona");
    }
}
