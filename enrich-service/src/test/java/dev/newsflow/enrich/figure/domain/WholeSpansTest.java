package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "For March as a whole", "for 2018 as a whole": the month or year named before "as a whole" is the moves' span. */
class WholeSpansTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            For March as a whole, copper rose 4.2%, while gold slipped 1.1%.                     | Gold   | -1.1 | MONTH
            For 2018 as a whole, Toyota lost 12%, while Sony gained 9%.                          | Sony   | 9    | YEAR
            For the week as a whole, the Nikkei 225 added 2.3%.                                  | Nikkei 225 | 2.3 | WEEK
            Copper rose 0.8% on Tuesday, as a whole range of metals climbed.                     | Copper | 0.8  | -
            """)
    void theSpanBeforeAsAWholeIsTheMovesPeriod(String text, String subject, double move,
            MarketFigure.Period period) {
        // Given a sentence led by a span "as a whole"

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then its moves are of that span
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
