package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An opening, high or low dated further back than the session before ("a peak of 3,305.21 in 2021", "its opening
 * level of 72.45 on March 3, 2020") is a level of another time; undated, it stays intraday.
 */
class DatedSessionLevelsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Kospi rose from 1,200.50 in 2019 to a peak of 3,305.21 in 2021.                       | Kospi           | 3305.21 | OTHER
            The loonie was at 72.10 US cents, below its opening level of 72.45 on March 3, 2020.     | Canadian dollar | 72.45   | OTHER
            The Nikkei rose 1.2% to 38,400 after touching a high of 38,520.                          | Nikkei 225      | 38520   | INTRADAY
            """)
    void aSessionLevelDatedFurtherBackIsOfAnotherTime(String text, String subject, double level,
            MarketFigure.Period period) {
        // Given an opening, high or low of a session, dated to a year or a date with its year, or undated

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the dated one is of another time and the undated one intraday
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.level() != null && f.level() == level)
                .singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
