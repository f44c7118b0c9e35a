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

/**
 * Unsigned moves in brackets after the names of a list, signed by the movement word the list follows: "rose, led by
 * Tencent (2.1%)", "on losses in CCNN (2.1%)".
 */
class BracketedListMovesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void signsEachBracketedMoveByTheWordTheListFollows() {
        // Given a fall of an index put down to losses in companies whose moves are bracketed without a sign
        String text = "The banking index dropped 0.8 per cent on losses in Northgate Bank (2.4%), Harbour Trust (1.1%) and Meridian Savings (0.6%).";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each company's move is a fall
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .contains(tuple("Northgate Bank", -2.4), tuple("Harbour Trust", -1.1), tuple("Meridian Savings", -0.6));
    }

    @Test
    void signsARiseFollowedByNames() {
        // Given a rise of a gauge followed by companies with bracketed moves
        String text = "The miners' index surged 7.2%, followed by Crestline Metals (5.5%) and Baywater Resources (4.1%).";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each company's move is a rise
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .contains(tuple("Crestline Metals", 5.5), tuple("Baywater Resources", 4.1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The lilangeni weakened against the Kenyan shilling (1.3 percent) and the Ugandan shilling (0.9 percent).",
        "All sectors fell except Crestline Metals (0.4%)."
    })
    void signsNoBracketedMoveOfANameTheMoveIsMeasuredOnOrExcepted(String text) {
        // Given names after "against" or "except", whose bracketed numbers are not moves of the list's sign

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no figure takes the movement word's sign
        assertThat(figures).extracting(MarketFigure::changePercent).doesNotContain(-1.3, -0.9, -0.4);
    }
}
