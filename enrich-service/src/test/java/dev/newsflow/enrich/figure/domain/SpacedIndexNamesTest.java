package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An index's name is written as its owner writes it however the text spaces it: "S & P / BVL Peru General Index" is
 * the S&P/BVL Peru General Index; an acronym written in title case ("the French Cac") is still the index.
 */
class SpacedIndexNamesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void closesUpASpacedAmpersandAndSlash() {
        // Given a scraped report that spaces out the sponsor's initials and the slash
        String text = "The S & P / BVL Lima 25 Index gained 0.8% to 31,540.20 on Wednesday.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the name is written closed up
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("S&P/BVL Lima 25 Index", 0.8));
    }

    @Test
    void keepsSpacesAroundAnAmpersandBetweenWords() {
        // Given a sector index whose name joins two words with an ampersand
        String text = "The Dubai Banks & Finance Index rose 1.1% to 4,210.55.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the ampersand keeps its spaces
        assertThat(figures).extracting(MarketFigure::subject).allSatisfy(s -> assertThat(s).doesNotContain("s&F"));
    }

    @Test
    void readsAnAcronymWrittenInTitleCase() {
        // Given a wrap that writes the French index's acronym in title case
        String text = "Elsewhere in Europe the German Dax lost 0.4% and the French Cac slipped 0.6%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the second move is the CAC 40's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("DAX", -0.4), tuple("CAC 40", -0.6));
    }
}
