package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day written after the word that signs a move ("closed 0.16% higher on Tuesday") dates the move as a day right
 * after the number does: a session before the day reported is the previous session, the day reported the latest.
 */
class SignedDaysTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Australian shares fell on Wednesday. The S&P/ASX 200 was down 0.5% at 7,402.2 by midday. The benchmark closed 0.16% higher on Tuesday. | S&P/ASX 200 | 0.16 | PRIOR_SESSION
            Australian shares fell on Wednesday. The S&P/ASX 200 was down 0.5% at 7,402.2 by midday. The benchmark closed 0.16% higher on Tuesday. | S&P/ASX 200 | -0.5 | -
            Tokyo stocks rose on Friday. The Nikkei closed 1.2% higher on Friday at 38,100.                                                         | Nikkei 225  | 1.2  | -
            """)
    void aDayAfterTheSigningWordDatesTheMove(String text, String subject, double move, MarketFigure.Period period) {
        // Given a move signed by a word after its number and dated by a day after that word

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then a day before the one reported makes it the previous session's, the day reported the latest
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
