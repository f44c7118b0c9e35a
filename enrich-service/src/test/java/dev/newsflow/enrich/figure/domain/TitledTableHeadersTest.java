package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain-text tables whose header starts with a title, and rows whose name holds a number before its last word. */
class TitledTableHeadersTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsAHeaderWhoseTitleStandsBeforeTheLabelOfTheNames() {
        // Given a header line that a title of the region opens, then rows of a country and its index
        String text = """
                Nordic Markets Index Value Change +-%
                Denmark OMX Copenhagen 25 Index 1,712.40 -3.10 -0.18%
                Norway OBX Index 1,365.22 0.00 0.00
                Finland OMX Helsinki 25 Index 4,920.75 22.15 0.45%
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each row's level, point and percent moves sit under their columns, each row one figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changePoints,
                MarketFigure::changePercent).containsExactly(
                        tuple("OMX Copenhagen 25", 1712.4, -3.1, -0.18), tuple("OBX", 1365.22, 0.0, 0.0),
                        tuple("OMX Helsinki 25", 4920.75, 22.15, 0.45));
    }

    @Test
    void endsATableAtALineOfProseThatHoldsANumberInside() {
        // Given a titled table followed by a sentence whose words hold a move before its last number
        String text = """
                Nordic Markets Index Value Change +-%
                Norway OBX Index 1,365.22 0.00 0.00
                The OBX Index rose 1.2% over the week to 1,365.22
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the sentence keeps its move and is no row of the table
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("OBX", 0.0), tuple("OBX", 1.2));
    }
}
