package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capitalized word that opens a clause or tells a direction ("Despite", "Up", "Down") names no company, however
 * a move follows it.
 */
class ClauseWordNamesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsNoCompanyFromALeadingSubordinate() {
        // Given a sentence opened by "Despite" and a move, about a coin named after it
        String text = "Despite shedding nearly 6 percent this week, Litecoin is still up more than 40 percent so far this year.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then every figure is the coin's
        assertThat(figures).extracting(MarketFigure::subject).containsOnly("Litecoin");
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::period)
                .contains(tuple("Litecoin", 40.0, Period.YTD));
    }

    @Test
    void readsNoCompanyFromADirectionWord() {
        // Given a quote line opened by its direction, and a stock's move after it
        String text = "Down -$0.42 or -0.71%\n\nHarlow Energy shares fell 0.7% to $58.60 on Tuesday.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then only the named stock has a figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Harlow Energy", -0.7, 58.6));
    }
}
