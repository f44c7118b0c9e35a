package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A period's label and a colon right before a move in running text ("(YTD: +12.4%)") date that move. */
class LabelledPeriodMovesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsTheLabelBeforeAMoveInBracketsAsItsPeriod() {
        // Given a desk note giving each price, its day's move and, in brackets, its move of the year so far
        String text = "Gold currently at US$ 2,410.20 per ounce, up 0.4% on the day (YTD: +16.8%); "
                + "Copper currently at US$ 4.52 per pound, down 1.1% on the day (YTD: +9.3%).";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the bracketed moves are of the year to date and the day's moves of the latest session
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::period)
                .contains(tuple("Gold", 16.8, Period.YTD), tuple("Copper", 9.3, Period.YTD),
                        tuple("Gold", 0.4, null), tuple("Copper", -1.1, null));
    }

    @Test
    void readsNoPeriodFromALabelThatNamesNone() {
        // Given a label before a move that names no time
        String text = "Shell shares (change: -1.4%) trailed the FTSE 100.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move is the latest session's
        assertThat(figures).extracting(MarketFigure::changePercent, MarketFigure::period)
                .containsExactly(tuple(-1.4, null));
    }
}
