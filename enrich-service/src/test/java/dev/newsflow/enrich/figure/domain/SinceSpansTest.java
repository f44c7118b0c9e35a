package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A move measured since a time counted back from the day reported covers that span ("since last week", "since this
 * time last year"), one since a date is of another time, and "during the week" or "during the month" names the span
 * as "over the week" does.
 */
class SinceSpansTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Since last week, the Nikkei 225 has fallen 6.5%.                         | Nikkei 225 | -6.5 | WEEK
            Silver is down 21% since this time last year.                            | Silver     | -21  | YEAR
            The Kospi rose 0.4% today and has gained 2.2% since a week ago.          | Kospi      | 2.2  | WEEK
            The Kospi rose 0.4% today and has gained 2.2% since a week ago.          | Kospi      | 0.4  | -
            The Kospi has risen 12% since March 3.                                   | Kospi      | 12   | OTHER
            The Kospi gained 3.4% during the week to close at 2,610.20.              | Kospi      | 3.4  | WEEK
            During the month, the Taiex rose 4.1%.                                   | Taiex      | 4.1  | MONTH
            """)
    void aMoveSinceATimeCountedBackCoversThatSpan(String text, String subject, double move,
            MarketFigure.Period period) {
        // Given a move measured since a time counted back from the day reported, since a date, or during a span

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then it is of the span counted back, of another time since a date, and of the span it is told during
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
