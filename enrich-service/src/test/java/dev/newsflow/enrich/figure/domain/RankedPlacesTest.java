package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "BHP led the gains on the ASX 200, climbing 3.2%": an index named as the place where a company moved gives the
 * company's move to the company, none to the index.
 */
class RankedPlacesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BHP led the gains on the ASX 200, climbing 3.2% to A$45.10.           | BHP       | 3.2  | 45.1
            Siemens led the day's losses on the DAX, sliding 2.7% to 171.40 euros. | Siemens   | -2.7 | 171.4
            Infosys weighed on the Nifty, sliding 1.8% to Rs 1,490.               | Infosys   | -1.8 | 1490
            HDFC Bank contributed the most to the Sensex's rise, gaining 2.1% to Rs 1,650. | HDFC Bank | 2.1 | 1650
            Sales lifted Tesco to the top of the FTSE 100, with Tesco up 3.3% at 310p. | Tesco   | 3.3  | 310
            """)
    void theMoveIsTheCompanys(String text, String subject, double percent, double level) {
        // Given a company's move told around the index it moved in

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move is the company's alone
        assertThat(figures).singleElement().extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level).containsExactly(subject, percent, level);
    }

    @Test
    void anIndexWeighedOnKeepsItsOwnMove() {
        // Given an index a company weighed on, its own move after a comma and no participle
        String text = "Infosys fell 2.2%, which weighed on the Nifty IT index, down 1.4% at the close.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the index keeps its move
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .contains(org.assertj.core.groups.Tuple.tuple("Infosys", -2.2));
        assertThat(figures).extracting(MarketFigure::changePercent).contains(-1.4);
    }

    @Test
    void anIndexOpeningASentenceWithItsOwnMoveIsStillASubject() {
        // Given an index that opens the sentence as its subject
        String text = "The Hang Seng, lifted by Tencent, added 1.2% to 19,800.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move is the index's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .contains(org.assertj.core.groups.Tuple.tuple("Hang Seng", 1.2, 19800.0));
    }
}
