package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day of the week told before a sentence's first name after an opening phrase ("In regular trading on Thursday,
 * the Dow ..."), or by a sentence of no figure that opens a paragraph's scene ("On Tuesday, Tokyo shares ended higher.
 * The Nikkei 225 added 1.1% ..."), dates the figures it governs.
 */
class SceneDaysTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Stock futures edged up Friday morning. In regular trading on Thursday, the Dow Jones Industrial Average rose 0.6%.                                 | Dow Jones Industrial Average | 0.6 | PRIOR_SESSION
            The Nikkei 225 rose 0.8% to 39,400.20 by midday. On Tuesday, Tokyo shares ended higher after a choppy session. The Nikkei 225 added 1.1% to close at 39,085.50. | Nikkei 225 | 1.1 | PRIOR_SESSION
            The Nikkei 225 rose 0.8% to 39,400.20 by midday. On Tuesday, Tokyo shares ended higher after a choppy session. The Nikkei 225 added 1.1% to close at 39,085.50. | Nikkei 225 | 0.8 | -
            """)
    void aDayToldBeforeTheNamesDatesTheirMoves(String text, String subject, double move, MarketFigure.Period period) {
        // Given a move of a day named before its sentence's first name, or by the sentence of no figure before it

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then a move of a day before the one reported is the previous session's, the reported day's the latest
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.changePercent() != null
                && f.changePercent() == move).singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The yen weakened to 152.10 per dollar. On Monday the yen had ended at 151.20. The yen was last at 152.30. | Japanese yen | 151.2 | PRIOR_SESSION
            The yen weakened to 152.10 per dollar. On Monday the yen had ended at 151.20. The yen was last at 152.30. | Japanese yen | 152.3 | -
            """)
    void aSentenceThatDatesItsOwnFigureSetsNoSceneForTheNext(String text, String subject, double level,
            MarketFigure.Period period) {
        // Given a sentence that opens with a day for its own level, and a level of the latest session after it

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then only the dated level is of that day
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.level() != null && f.level() == level)
                .singleElement().extracting(MarketFigure::period).isEqualTo(period);
    }
}
