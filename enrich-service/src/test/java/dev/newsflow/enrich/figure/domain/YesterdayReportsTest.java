package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A move told of "yesterday" is the latest session in a report written the day after ("Frankfurt shares fell
 * yesterday, led by Siemens, which dropped 2.1%"), and the previous session's when the text also tells the
 * instrument's later figure or speaks of a later day in the present ("today", "are up").
 */
class YesterdayReportsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Frankfurt shares fell yesterday, led by Siemens, which dropped 2.1% to 178.40 euros.                  | Siemens    | -2.1 | -
            The Nikkei 225 closed 0.9% higher yesterday at 38,410.25 as exporters rallied.                          | Nikkei 225 | 0.9  | -
            The Nikkei 225 rose 0.6% on the day after losing 1.4% yesterday.                                        | Nikkei 225 | -1.4 | PRIOR_SESSION
            The Nikkei 225 rose 0.6% on the day after losing 1.4% yesterday.                                        | Nikkei 225 | 0.6  | -
            Gold slipped 0.8% yesterday. Copper futures are up 0.5% in Shanghai.                                    | Gold       | -0.8 | PRIOR_SESSION
            """)
    void aMoveOfYesterdayIsTheLatestUnlessTheTextTellsALaterDay(String text, String subject, double move,
            MarketFigure.Period period) {
        // Given a move told of yesterday, alone or beside a later figure or a sentence in the present

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then it is the latest session's in a report of the day after, else the previous session's
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
