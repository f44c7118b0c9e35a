package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A move or level told by an opening verb, even with the move between the verb and the level ("opened 3.2 points
 * lower at 2,140.50"), is of the session's early hours: intraday when the text tells the instrument's later figure too,
 * the latest when it tells none; the noun ("at the open", "an opening gain") is left to the other rules.
 */
class OpeningFiguresTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Kospi opened 3.2 points lower at 2,140.50 and closed 0.4% higher at 2,152.10.                  | 2140.50 | INTRADAY
            The rupee opened weaker by 6 paise at 84.12 against the dollar. It settled at 84.05.               | 84.12   | INTRADAY
            The Kospi opened 0.3% higher at 2,151.80, extending its rally.                                     | 2151.80 | -
            The Kospi fell 0.6% at the open to 2,131.40 before it closed 0.1% lower at 2,141.20.               | 2131.40 | -
            """)
    void anOpeningFigureIsIntradayBesideALaterOne(String text, double level, MarketFigure.Period period) {
        // Given a text that tells a figure of the session's opening

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the opening figure is intraday only when a later figure of the instrument is told
        assertThat(figures).filteredOn(f -> f.level() != null && f.level() == level).singleElement()
                .extracting(MarketFigure::period).isEqualTo(period);
    }
}
