package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line of names and levels followed by one line per quote with its move, in the same order. */
class LevelMoveStripsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void pairsEachLevelWithTheMoveOnItsLineBelow() {
        // Given an exchange's strip of levels in decimal commas, then the moves of the same quotes a line each
        String text = """
                Nikkei 225 38 410,25 Gold 2 391,40 EURTRY_TOM 35,12
                +0,32 %
                -0,45 %
                +0,08 %
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each quote has its level and its move, a pair named by its codes without the settlement
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePercent)
                .containsExactly(tuple("Nikkei 225", 38410.25, 0.32), tuple("Gold", 2391.4, -0.45),
                        tuple("EUR/TRY", 35.12, 0.08));
    }

    @Test
    void readsNoStripWhenTheMovesAreFewerThanTheQuotes() {
        // Given a strip of three levels followed by a single move
        String text = """
                Nikkei 225 38 410,25 Gold 2 391,40 EURTRY_TOM 35,12
                +0,32 %
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no quote after the first takes the move
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .doesNotContain(tuple("Gold", 0.32), tuple("EUR/TRY", 0.32));
    }
}
