package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A move in a clause joined to a span's move told in the past ("rose 3.2% this week, while the Kospi gained 1.1%") is
 * of that span too, unless the clause names a time of its own or the span's move is a running total ("is up 9% this
 * year, and", "paring its gain this year to").
 */
class SpanSiblingsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Nikkei 225 rose 3.2% this week, while the Kospi gained 1.1%.                                              | Kospi         | 1.1  | WEEK
            Oil jumped 7% over the week, and copper added 2.4%.                                                            | Copper        | 2.4  | WEEK
            Airbus had climbed 12% this month, while Safran and Thales gained 6% and 4%, respectively.                     | Thales        | 4    | MONTH
            The Nikkei 225 rose 3.2% this week, while the Kospi gained 1.1% on Friday.                                     | Kospi         | 1.1  | -
            The Nikkei 225 is up 9% this year, and the Kospi gained 0.8%.                                                  | Kospi         | 0.8  | -
            The Hang Seng fell 1.2% to 19,010.50, paring its gain this year to 8.1%, while the Hang Seng Tech slid 2.2%.   | Hang Seng Tech | -2.2 | -
            """)
    void aSiblingClauseTakesTheSpanOfTheMoveBeforeIt(String text, String subject, double move,
            MarketFigure.Period period) {
        // Given a move in a clause joined to a move over a longer span

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then it is of that span when the span's move is told in the past and the clause names no time of its own
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
