package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bare "General Index" or "Tech Index" in a text about one market is named after that market's index family. */
class FamilyMemberIndicesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dubai stocks climbed on Monday. The General Index gained 1.2% to 4,210.50.                        | DFM General Index | 1.2
            Hong Kong shares slid as the Hang Seng dropped 2% to 17,100, while the Tech Index lost 3.1%.       | Hang Seng Tech    | -3.1
            """)
    void aBareMemberIsNamedAfterItsFamily(String text, String subject, double changePercent) {
        // Given a text about one market naming an index of its family by a generic word

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move belongs to that family's member
        assertThat(figures).anySatisfy(f -> {
            assertThat(f.subject()).isEqualTo(subject);
            assertThat(f.changePercent()).isEqualTo(changePercent);
        });
    }
}
