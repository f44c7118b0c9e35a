package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A company found by how news names one never starts its name with a word in lower case ("of Outlook"). */
class LowerCaseLeadsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void dropsThePrepositionBeforeANameThatIsAlsoACue() {
        // Given companies whose one-word names are words that cue other numbers elsewhere, after "shares of"
        String text = "Shares of Outlook rose 3% on Tuesday. Shares of Premium fell 1.5%. Shares of easyJet "
                + "gained 2%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each is named by its own words, a brand written with an inner capital kept whole
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Outlook", 3.0), tuple("Premium", -1.5), tuple("easyJet", 2.0));
    }
}
