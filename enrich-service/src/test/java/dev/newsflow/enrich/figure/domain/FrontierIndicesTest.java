package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The indices of smaller exchanges (Bucharest, Harare, Muscat, Casablanca, Cairo, Gaborone, Jakarta, Accra, Kingston), named as their exchanges name them. */
class FrontierIndicesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The main BET index, which follows the most traded stocks, fell 0.5 percent to 17,020.10 points. | BET            | -0.5  | 17020.1
            In Bucharest the BET-Plus index of the most liquid shares gained 0.21 percent.            | BET-Plus            | 0.21  | -
            The BET-XT of the most liquid issuers ended 0.6% higher.                                   | BET-XT              | 0.6   | -
            The ZSE All Share rose 1.3% to 121.44 points in thin trade.                                | ZSE All Share Index | 1.3   | 121.44
            The ZSE Top 10 eased 0.8% to 115.02 points.                                                | ZSE Top 10 Index    | -0.8  | 115.02
            Muscat: the MSX index ended 0.41% lower at 4,512.77 points on Sunday.                     | MSX 30              | -0.41 | 4512.77
            In Casablanca the MASI.20 index lost 0.35% to 1,210.40 points.                             | MASI 20                | -0.35 | 1210.4
            The MASI ESG index inched up 0.12% to 1,030.15 points.                                     | MASI ESG               | 0.12  | 1030.15
            The MASI Mid and Small Cap index climbed 1.1% to 1,402.90 points.                          | MASI Mid and Small Cap | 1.1   | 1402.9
            The mid-cap EGX70 index gained 0.9 percent to close at 3,412 points.                       | EGX70                  | 0.9   | 3412
            The broader EGX100 index rose 0.7 percent to 4,905 points.                                 | EGX100                 | 0.7   | 4905
            The domestic companies index (DCI) edged up 0.08 percent to 9,120.44 points.               | Domestic Company Index | 0.08  | 9120.44
            Back in 1994 the JSX Composite ended the year 20.2 percent lower at 469.64 points.       | Jakarta Composite      | -20.2 | 469.64
            In Accra the GSE All-Share index added 0.4 per cent to 5,812.06 points.                   | GSE All-Share Index    | 0.4   | 5812.06
            In Kingston the JSE Main Market rose 0.38 per cent to close at 341,502.77.               | JSE Main Market Index  | 0.38  | 341502.77
            The Junior Market slipped 0.61 per cent to close at 3,655.10.                             | Junior Market Index    | -0.61 | 3655.1
            """)
    void namesTheExchangesIndex(String sentence, String subject, Double percent, Double level) {
        // Given a sentence on an index of a smaller exchange, written as the exchange writes it

        // When the extractor reads the sentence
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the move is that index's, under its name
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(subject, percent, level));
    }
}
