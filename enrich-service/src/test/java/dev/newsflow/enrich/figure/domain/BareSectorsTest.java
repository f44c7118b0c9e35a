package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sector gauges a market report names by a bare word as the subject of a move: "financials lifted 0.9%". */
class BareSectorsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void findsEachSectorOfAClauseList() {
        // Given a wrap that lists sector moves after an index, each sector named by its bare word
        String text = "The JSE all share closed 0.2% higher at 78,120 points. The gold index shed 2.1%, platinums closed 1.4% lower and resources gave up 0.6%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each sector is a figure of its own, and no sector's move falls to the gold index
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .contains(tuple("platinums", -1.4), tuple("resources", -0.6))
                .doesNotContain(tuple("Gold", -1.4), tuple("Gold", -0.6));
    }

    @Test
    void findsASectorOpeningASentenceOrAClause() {
        // Given sectors named after "and" and at a sentence's start, with a verb or "were up"
        String text = "The all share index rose 0.3%, and financials lifted 0.9%. Banks were up 1.1%. The Nikkei rose 0.5% to 38,200, while utilities added 0.4%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each sector is a figure with its move
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .contains(tuple("financials", 0.9), tuple("Banks", 1.1), tuple("utilities", 0.4));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The CSI 300 index sank 1.9%. Property developers slumped 5%.",
        "The S&P 500 rose 0.2%. Energy was the only one of the 11 S&P sectors to advance, up 0.4%.",
        "Banks said loan growth was 4% in the quarter."
    })
    void findsNoSectorWhereTheWordIsNoSubjectOfAMove(String text) {
        // Given a sector word that describes a noun, is followed by a comma before the move, or moves nothing

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no sector is a figure
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain("Property", "Energy", "Banks");
    }
}
