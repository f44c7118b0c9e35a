package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A move told "last year", before or after its number, is the year's; the day's move beside it stays the latest. */
class LastYearMovesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Hang Seng fell 3.1% on Tuesday after losing 12% last year.  | Hang Seng        | -12  | YEAR
            The Hang Seng fell 3.1% on Tuesday after losing 12% last year.  | Hang Seng        | -3.1 | -
            Last year the Topix rose 8.2%.                                  | Topix            | 8.2  | YEAR
            The Nasdaq is up 0.9% today after a 43% gain last year.         | Nasdaq Composite | 43   | YEAR
            """)
    void aMoveOfLastYearIsTheYears(String text, String subject, double move, MarketFigure.Period period) {
        // Given a move told of last year, beside a move of the day or alone

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then last year's move is of the year and the day's the latest
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
