package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure told of a passing moment of the session ("briefly", "at its lowest point", "earlier in the session") is
 * intraday even when the text tells no later figure of its instrument; a figure of the early hours alone stays the
 * latest, and a span named with the moment keeps its own period.
 */
class PassingMomentsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Hang Seng briefly dropped 1.8% to 16,200 before buyers returned.      | Hang Seng          | 16200 | INTRADAY
            The rand weakened 2.1% at its lowest point against the dollar.           | South African rand | -     | INTRADAY
            Gold traded at $2,410 an ounce earlier in the session.                   | Gold               | 2410  | INTRADAY
            Bitcoin slipped to $61,500 earlier today.                                | Bitcoin            | 61500 | INTRADAY
            At its worst the FTSE 100 was down 2.3%.                                 | FTSE 100           | -     | INTRADAY
            The Nikkei rose 0.8% in early trading.                                   | Nikkei 225         | -     | -
            Copper briefly climbed to $10,050 a tonne last week.                     | Copper             | 10050 | WEEK
            """)
    void aPassingMomentOfTheSessionIsIntraday(String text, String subject, Double level,
            MarketFigure.Period period) {
        // Given a figure told of a passing moment of the session, of its early hours, or of a span

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the passing moment is intraday on its own, the early hours the latest, and the span its own period
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && Objects.equals(f.level(), level))
                .singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
