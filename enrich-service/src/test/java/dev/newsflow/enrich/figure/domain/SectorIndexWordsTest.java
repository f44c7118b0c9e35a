package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sector index written after the short name of its family is named with the words the text writes ("the S&P
 * healthcare index"), not with the family's main index ("S&P 500 healthcare").
 */
class SectorIndexWordsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void namesASectorIndexWithTheFamilyAsWritten() {
        // Given a Mumbai report naming a sector index by the sponsor's short name
        String text = "The S&P realty index rose 1.4%, while the Dow Jones transport index slipped 0.3%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each sector index keeps the words written before its sector
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("S&P realty index", 1.4), tuple("Dow Jones transport index", -0.3));
    }

    @Test
    void namesASectorOfTwoWordsJoinedByAnd() {
        // Given a European close naming sector indices the way STOXX names its sectors
        String text = "The STOXX 600 travel and leisure index lost 2.2%, and the Stoxx 600 food & beverage index "
                + "edged up 0.4%, while the STOXX 600 and the DAX were flat.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each sector index keeps both words of its sector, and the conjunction before another index joins none
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .contains(tuple("STOXX 600 travel and leisure index", -2.2),
                        tuple("Stoxx 600 food & beverage index", 0.4))
                .doesNotContain(tuple("Stoxx 600", -2.2), tuple("Stoxx 600", 0.4));
    }
}
