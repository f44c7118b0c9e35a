package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An index known under a former or a sponsor's name ("MICEX", "PSI-20") is named as the text writes it; a main benchmark, and an index whose one name the labels fix ("JSE All Share" is the FTSE/JSE All Share), keeps its own name. */
class RenamedIndicesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            In Moscow the MICEX gave up 1.2 percent to 1,402 points by midday.                 | MICEX                      | -1.2 | 1402
            The MOEX slipped 0.6% to 3,115.40 points as oil prices fell.                        | MOEX                       | -0.6 | 3115.4
            The MOEX Russia index added 0.3% to 3,120.00.                                       | MOEX Russia Index          | 0.3  | 3120
            Lisbon's PSI-20 gained 0.9% to 6,480.12 points, led by utilities.                  | PSI-20                     | 0.9  | 6480.12
            Lisbon's PSI advanced 0.4% to 6,501.33.                                             | PSI                        | 0.4  | 6501.33
            In Johannesburg the JSE All Share Index ended 0.7% lower at 78,220.15 points.       | FTSE/JSE All Share         | -0.7 | 78220.15
            The FTSE/JSE All Share closed up 1.1% at 79,004.50.                                 | FTSE/JSE All Share         | 1.1  | 79004.5
            The TSX Venture Exchange gained 2.5 points, or 0.4%, to 612.80.                     | TSX Venture Exchange       | 0.4  | 612.8
            Paris's CAC-40 fell 1.1% to 7,204.50, while Frankfurt's DAX 40 shed 0.8% to 15,950. | CAC 40                     | -1.1 | 7204.5
            """)
    void namesTheIndexAsWritten(String sentence, String subject, Double percent, Double level) {
        // Given a sentence on an index written under one of its names

        // When the extractor reads the sentence
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then its first figure is that index's, under the name the text gives it, or a main benchmark's own name
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .first().isEqualTo(tuple(subject, percent, level));
    }
}
