package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benchmark indices of Bucharest, Harare and Muscat, named as their exchanges name them. */
class FrontierIndicesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            In Bucharest the BET index slipped 0.45% to 16,902.30 points.                              | BET                 | -0.45 | 16902.3
            The broader BET-Plus index gained 0.21% on the session.                                    | BET-Plus            | 0.21  | -
            The BET-XT of the most liquid issuers ended 0.6% higher.                                   | BET-XT              | 0.6   | -
            The ZSE All Share Index rose 1.3% to 121.44 points in thin trade.                          | ZSE All Share Index | 1.3   | 121.44
            The ZSE Top 10 eased 0.8% to 115.02 points.                                                | ZSE Top 10 Index    | -0.8  | 115.02
            Muscat: the MSX index ended 0.41% lower at 4,512.77 points on Sunday.                     | MSX 30              | -0.41 | 4512.77
            """)
    void namesTheExchangesIndex(String sentence, String subject, Double percent, Double level) {
        // Given a sentence on an index of the Bucharest, Zimbabwe or Muscat exchange, written as the exchange writes it

        // When the extractor reads the sentence
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the move is that index's, under its name
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(subject, percent, level));
    }
}
