package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "sank 12% to a low of $41,300": a move and the extreme it went to in the same clause are one figure. */
class MovesToExtremesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ether sank more than 12 percent to a low of $2,410 before buyers stepped in.           | Ether   | -12  | 2410
            The Kospi fell 2.1% on Wednesday to an intraday low of 2,488.30.                      | Kospi   | -2.1 | 2488.3
            Silver jumped 4%, to a high of $31.20 an ounce, as the dollar slid.                   | Silver  | 4    | 31.2
            Nickel rose 2.3% to a 2019 high of $16,480 a tonne.                                   | Nickel  | 2.3  | 16480
            """)
    void theMoveTakesTheExtremeItReached(String text, String subject, double percent, double level) {
        // Given a move, then "to" the high or low it reached, in one clause

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move and its extreme are one figure
        assertThat(figures).filteredOn(f -> f.subject().equals(subject))
                .singleElement().extracting(MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(percent, level);
    }

    @Test
    void anExtremeAfterAnotherClauseKeepsItsOwnFigure() {
        // Given a move and its close, then an extreme told after "and"
        String text = "Platinum fell 1.5% to $960 and touched a low of $952 in late trade.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the low stays a figure of its own
        assertThat(figures).filteredOn(f -> Double.valueOf(952).equals(f.level())).singleElement()
                .extracting(MarketFigure::changePercent).isNull();
    }
}
