package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A move with a year written right after it is the year's when told in the past tense ("fell 6.2% in 2018"), the year
 * to date when told as where the instrument stands ("is up 14% in 2025", "has added 9% in 2024 so far"), and of
 * another time when the year is cut short ("rose 21% in 1998 up to the crisis", "gained 8% in 2007 until the
 * August sell-off").
 */
class YearMovesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Kospi fell 6.2% in 2018, its worst showing since the financial crisis.    | Kospi      | -6.2 | YEAR
            Copper rose 0.4% on Friday and has climbed 11.5% in 2023, traders said.        | Copper     | 11.5 | YTD
            The Nikkei 225 is now up 14% in 2025 after a strong first quarter.              | Nikkei 225 | 14   | YTD
            The Hang Seng has added 9% in 2024 so far.                                      | Hang Seng  | 9    | YTD
            The Hang Seng rose 21% in 1998 up to the crisis.                                | Hang Seng  | 21   | OTHER
            The Kospi gained 8% in 2007 until the August sell-off, then fell 2.1% today.    | Kospi      | 8    | OTHER
            The Kospi gained 8% in 2007 until the August sell-off, then fell 2.1% today.    | Kospi      | -2.1 | -
            """)
    void aMoveInAYearIsOfThatYearOrOfTheYearToDate(String text, String subject, double move,
            MarketFigure.Period period) {
        // Given a move with a year written after it, told in the past tense or as where the instrument stands

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then it is the year's move, the move of the year to date, or of another time when the year is cut short
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
