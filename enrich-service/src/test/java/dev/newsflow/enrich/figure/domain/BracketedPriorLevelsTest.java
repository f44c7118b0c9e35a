package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rate followed by the previous one in brackets: the bracketed number is the session before's level. */
class BracketedPriorLevelsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsTheBracketedRateAsThePreviousSession() {
        // Given two rates, each with the previous one in brackets
        String sentence = "The dollar stood at 91.20 yen (91.45) and the euro at 1.1020 dollars (1.1050).";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each bracketed rate is a level of the session before
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::period)
                .containsExactly(tuple("US dollar", 91.2, null), tuple("US dollar", 91.45, Period.PRIOR_SESSION),
                        tuple("Euro", 1.102, null), tuple("Euro", 1.105, Period.PRIOR_SESSION));
    }

    @Test
    void readsNoPreviousRateFromABracketedChange() {
        // Given rates followed by signed changes in brackets
        String sentence = "The yen was at 110.20 (-0.3) and the euro at 1.0840 (+0.0025).";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then no figure is given the session before
        assertThat(figures).extracting(MarketFigure::period).doesNotContain(Period.PRIOR_SESSION);
    }
}
