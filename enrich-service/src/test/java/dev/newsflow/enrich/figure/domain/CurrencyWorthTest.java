package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "the Australian dollar was worth 80.58 US cents": what a currency is worth is its rate. */
class CurrencyWorthTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            By noon the Australian dollar was worth 66.12 US cents.           | Australian dollar | 66.12
            The Canadian dollar is worth 73.05 US cents this morning.         | Canadian dollar   | 73.05
            Late in the day the euro was worth 1.0842 dollars.                | Euro              | 1.0842
            """)
    void theWorthIsTheRate(String text, String subject, double level) {
        // Given a currency and what it was worth

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then what it was worth is its level
        assertThat(figures).singleElement().extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(subject, level);
    }

    @Test
    void aStakeWorthAnAmountIsNoLevel() {
        // Given a stock's move and a stake worth an amount
        String text = "Qantas rose 1.5% to A$9.80 after a fund sold a stake worth A$250 million.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the stake's worth is no figure
        assertThat(figures).singleElement().extracting(MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(1.5, 9.8);
    }
}
