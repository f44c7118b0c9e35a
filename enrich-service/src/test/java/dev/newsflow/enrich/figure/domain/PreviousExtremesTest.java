package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An extreme of an earlier time that a level is measured against ("its previous peak closing price of", "last week's
 * low of") is a level of another time; a high the session reached stays intraday.
 */
class PreviousExtremesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Kospi closed up 1.1% at 2,702.15, eclipsing its previous peak closing price of 2,690.40. | Kospi     | 2690.4 | OTHER
            Brent slid to $71.05 a barrel, breaking last week's low of $71.60.                          | Brent crude | 71.6 | OTHER
            The Nifty rose to 24,310.50, above last month's high of 24,280.                             | Nifty 50  | 24280  | OTHER
            Silver fell 0.6% to $29.10 after hitting a high of $29.65.                                  | Silver    | 29.65  | INTRADAY
            """)
    void anEarlierExtremeIsALevelOfAnotherTime(String text, String subject, double level, MarketFigure.Period period) {
        // Given a level measured against an extreme of an earlier time, or a high of the session

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the earlier extreme is of another time and the session's high intraday
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.level() != null && f.level() == level)
                .singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
