package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "The top 100" ranks a list and measures no move from a peak; "from its top" still does. */
class RankedTopsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Gainers from the top 100 include Solana (8%) and XRP (6%).       | Solana | 8  | -
            Top gainers from the top 50 include Solana (8%) and XRP (6%).    | XRP    | 6  | -
            The Dax is down 7% from its top.                                 | DAX    | -7 | FROM_PEAK
            """)
    void aRankingIsNoPeak(String text, String subject, double move, MarketFigure.Period period) {
        // Given moves listed among the top of a ranking, and a move measured from a peak

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the listed moves are the latest session's and the other is from the peak
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && Objects.equals(f.changePercent(), move))
                .singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
