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
}
