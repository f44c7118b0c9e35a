package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A day of the week between a verb and its number ("to close on Thursday at 2,038.67") dates the figure. */
class SessionDayBeforeNumberTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Turkiye's benchmark stock index opened on Friday at 2,023.04 points, down 0.77% from the previous close. The BIST 100 index was down 0.2% to close on Thursday at 2,038.67 points. | BIST 100 | 2038.67 | PRIOR_SESSION
            Turkiye's benchmark stock index opened on Friday at 2,023.04 points, down 0.77% from the previous close. The BIST 100 index was down 0.2% to close on Thursday at 2,038.67 points. | BIST 100 | 2023.04 | -
            The euro rose 0.2% to $1.0872 on Tuesday. It had dipped on Monday to $1.0850.                                                                                                    | Euro     | 1.085   | PRIOR_SESSION
            """)
    void aDayBeforeTheNumberDatesIt(String text, String subject, double level, MarketFigure.Period period) {
        // Given a level dated by "on" and a day written before its number, in a text that reports a later day

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then a level of a day before the reported one is the previous session's, and the reported day's the latest
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.level() != null && f.level() == level)
                .singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
