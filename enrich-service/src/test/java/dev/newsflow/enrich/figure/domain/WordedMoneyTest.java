package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rate written in a currency's units and hundredths is one number: "6 Kwacha 49 Ngwee" is 6.49, "K13:10" 13.10. */
class WordedMoneyTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsUnitsAndHundredthsWrittenAsWords() {
        // Given a rate in kwacha and ngwee
        String sentence = "The kwacha was trading at 21 Kwacha 35 Ngwee against the dollar.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the rate is one number
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("Zambian kwacha", 21.35));
    }

    @Test
    void readsHundredthsAfterAColonOfAPrice() {
        // Given a rate with its currency sign and the hundredths after a colon
        String sentence = "The Kwacha weakened to K21: 48 per US Dollar.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then it is no clock time but the rate
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("Zambian kwacha", 21.48));
    }
}
