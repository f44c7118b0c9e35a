package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A high or low told of yesterday or of the previous session is the previous session's, no intraday level. */
class YesterdaysExtremesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sterling jumped as high as $1.3169 yesterday, having started the month at $1.24.                   | British pound | 1.3169 | PRIOR_SESSION
            Gold rose 0.5% to $2,410 after touching a high of $2,425.50 in the previous session.              | Gold          | 2425.5 | PRIOR_SESSION
            Gold rose 0.5% to $2,410 after touching a high of $2,425.50.                                      | Gold          | 2425.5 | INTRADAY
            """)
    void anExtremeOfYesterdayIsThePreviousSessions(String text, String subject, double level,
            MarketFigure.Period period) {
        // Given a high or low told with "yesterday" or "in the previous session" after it, or with no day

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the extreme of an earlier session is that session's, and one of no day stays intraday
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.level() != null && f.level() == level)
                .singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
