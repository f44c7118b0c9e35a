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
 * Companies whose names the tokenizer cuts: initials the full stops split, names joined by a plus sign, and a noun that
 * describes the company written capitalized before it at a sentence's start.
 */
class NameInitialsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            H. Pellbury rose 2.1% to 250p.                                              | H. Pellbury             | 2.1  | 250
            Lenders slipped, led by R.T. Quayle Bank, which dropped 3.4% to $41.20.      | R.T. Quayle Bank        | -3.4 | 41.2
            K.L.M Harbour Logistics gained 1.9% to 95p.                                  | K.L.M Harbour Logistics | 1.9  | 95
            """)
    void keepsTheInitialsInTheName(String sentence, String subject, Double changePercent, Double level) {
        // Given a company named with its initials first, one letter at a time or with full stops between

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the figure names the company with its initials, and no sentence ends after them
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(subject, changePercent, level));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The best performer, Haller + Brandt, moved up 4.1%.           | Haller + Brandt | 4.1  | -
            Miner Quellmoor (QLM) slid 2.6% to £8.40.                     | Quellmoor       | -2.6 | 8.4
            Retailer Pennick Stores dropped 1.3% to 212p.                 | Pennick Stores  | -1.3 | 212
            Realtor Kellaway gained 3.1% to A$2.45.                       | Kellaway        | 3.1  | 2.45
            Drugmaker Pellora slid 2.2% to 41.50 lei.                     | Pellora         | -2.2 | 41.5
            """)
    void namesTheCompanyWithoutWhatDescribesIt(String sentence, String subject, Double changePercent, Double level) {
        // Given a company joined by a plus sign, or described by a capitalized noun before it

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the figure names the company as a whole, and without the noun
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(subject, changePercent, level));
    }
}
