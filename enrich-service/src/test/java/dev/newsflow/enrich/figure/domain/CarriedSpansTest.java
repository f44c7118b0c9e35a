package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A weekly or monthly report states its span once and its later sentences' moves are of that span too ("The index lost
 * 1.8% in the week. Toyota shed 3.2%."), unless the span is an aside in a report of the day, a running total, or a later
 * sentence names a time of its own.
 */
class CarriedSpansTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Nikkei 225 lost 1.8% in the week to close at 38,210.40. Toyota shed 3.2%. Sony gained 2.5%.                                     | Sony            | 2.5  | WEEK
            The Nikkei 225 lost 1.8% in the week to close at 38,210.40.\\nToyota shed 3.2%.\\nSony gained 2.5%.                                   | Sony            | 2.5  | WEEK
            Copper climbed 4.1% during the month. Gold added 1.3% and silver slipped 0.6%.                                                     | Silver          | -0.6 | MONTH
            The Nikkei 225 rose 0.4% on Thursday. For the week, it gained 1.6%. Toyota fell 2.1%.                                               | Toyota          | -2.1 | -
            The Nikkei 225 has gained 5% this month. Toyota rose 1.2%.                                                                          | Toyota          | 1.2  | -
            The Nikkei 225 lost 1.8% last week. Toyota rose 1.1% today.                                                                         | Toyota          | 1.1  | -
            The Nikkei 225 lost 1.8% last week. Brent crude is now up 0.7%.                                                                      | Brent crude     | 0.7  | -
            The Nikkei 225 lost 1.8% last week, and Sony fell 3%. The market looks cheap, analysts said. Toyota rose 1.1%.\\n\\nHonda slipped 0.9%. | Honda           | -0.9 | -
            The cedi lost 0.4% week-on-week against the pound.                                                                                  | Ghanaian cedi   | -0.4 | WEEK
            """)
    void aLaterSentenceTakesTheSpanOfTheReport(String text, String subject, double move, MarketFigure.Period period) {
        // Given a report that tells a move over a week or month, then more moves

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text.replace("\\n", "\n"));

        // Then a later move is of the span unless something gives it another time
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Nikkei 225 lost 1.8% over the week. The yen closed at 151.20 per dollar. | Japanese yen | 151.20
            """)
    void aLevelAloneIsTheLatestClose(String text, String subject, double level) {
        // Given a weekly report that then gives a level with no move

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the level is the latest close, of no period
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.level() != null && f.level() == level)
                .singleElement().extracting(MarketFigure::period).isNull();
    }
}
