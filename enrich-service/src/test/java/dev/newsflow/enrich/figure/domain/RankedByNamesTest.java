package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The company a ranking is "led by" or "followed by", with its own move after a comma, is the subject of that move,
 * though a preposition comes before it; a name after another preposition stays no subject.
 */
class RankedByNamesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Lenders gained, led by Harbour National Bank, up by 3.4 percent.          | Harbour National Bank | 3.4
            Builders slipped, followed by Corrin Homes, down 2.2%.                    | Corrin Homes          | -2.2
            """)
    void namesTheCompanyTheRankingIsLedBy(String sentence, String subject, Double changePercent) {
        // Given a ranking led or followed by a company whose own move follows a comma

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the move is that company's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple(subject, changePercent));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The stock was bought by Harbour Capital, up 3.4 percent on the year.
            The deal was approved by Corrin Regulators, down 2.2% since January.
            """)
    void leavesAnAgentAfterAnotherVerbAlone(String sentence) {
        // Given a name after "by" whose verb ranks nothing

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then no figure names it
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain("Harbour Capital", "Corrin Regulators");
    }
}
