package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whose move a figure is when a company opens a clause whose own verb is no move and the move comes after it, or when
 * a list of companies shares one move out ("all", "each").
 */
class ClauseSubjectsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Brackley Ropes topped the FTSE 250, jumping 7.2% to 310p.                | Brackley Ropes   | 7.2   | 310
            The Harwell Marine share led the CAC 40, climbing 4.4% to 18.20 euros.             | Harwell Marine   | 4.4   | 18.2
            Quarrymoor Foods was the heaviest faller on the FTSE 100, down 5.5% at 412p.       | Quarrymoor Foods | -5.5  | 412
            Tidewell Energy crossed the R90 level, closing 3.1% higher at R91.40.              | Tidewell Energy  | 3.1   | 91.4
            """)
    void givesTheMoveAfterTheObjectToTheSubject(String sentence, String subject, Double changePercent,
            Double level) {
        // Given a company whose verb takes an index or a price level as its object, then a move after a comma

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the move is the company's, and the index it topped or the level it crossed has none
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(subject, changePercent, level));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Brackwater was among the top risers, up 3.4% at 220p.          | Brackwater | 3.4 | 220
            Pellworth remains the biggest winner with a 2.2% gain.        | Pellworth  | 2.2 | -
            """)
    void readsALoneWordOpeningASentenceAsAName(String sentence, String subject, Double changePercent, Double level) {
        // Given a sentence opened by one word with no article, its verb no move, its move after it

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then that word names the company that moved
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(subject, changePercent, level));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Turnover, a gauge of how many shares changed hands, dropped 18.5% to 312 million.",
        "Stocks were among the laggards, down 1.2% on the week.",
        "Trading was among the thinnest of the year, down 30% from Monday."})
    void leavesANounOpeningASentenceAlone(String sentence) {
        // Given a sentence opened by a mass or plural noun, with a move after it

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then no company is made of the noun
        assertThat(figures).isEmpty();
    }

    @Test
    void sharesAMoveOutAmongAListOfDescribedNames() {
        // Given a list of companies, some described by what they do, whose move comes once after "each"
        String sentence = "Exporters led the slide, including Pellow, shipping group Dornick, Brandle Harbour Bank and steel maker Orrin, each falling more than 3%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then every company of the list has the move
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Pellow", -3.0), tuple("Dornick", -3.0), tuple("Brandle Harbour Bank", -3.0),
                        tuple("Orrin", -3.0));
    }

    @Test
    void sharesAMoveOutAmongAListBeforeAll() {
        // Given companies listed after "with", their move after "all"
        String sentence = "Retailers were weak, with Tamsin Stores, Brock and Quellby all losing about 2%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each of them has the move
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Tamsin Stores", -2.0), tuple("Brock", -2.0), tuple("Quellby", -2.0));
    }

    @Test
    void letsAListedNameGoOnBeforeTheNameItIsJoinedTo() {
        // Given a listed company written with a word the list does not hold, joined by "and" to another company
        String sentence = "Vedanta Resources and Quellby Mining lost about 4% on Tuesday.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then both companies have the move they share
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Vedanta", -4.0), tuple("Quellby Mining", -4.0));
    }
}
