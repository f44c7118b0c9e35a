package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Argentina's dollar rates are named by their market ("blue", "official", "stock market" for the MEP), never the US dollar. */
class ArgentineDollarsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In Buenos Aires the blue dollar gained 12 pesos to 1,340 pesos on Monday.           | blue dollar     | 1340
            The informal dollar slipped to 1,212 pesos as demand cooled.                        | blue dollar     | 1212
            The official dollar closed at 1,105 pesos at state banks, up 3 pesos.              | official dollar | 1105
            The MEP dollar traded at 1,260 pesos after a quiet session.                        | stock market dollar | 1260
            Among the financial rates, the MEP eased to 1,255 pesos.                           | stock market dollar | 1255
            The wholesale dollar rose to 1,090 pesos in thin trade.                            | wholesale dollar | 1090
            """)
    void aRateOfTheArgentineMarketKeepsItsName(String text, String subject, double level) {
        // Given a text quoting one of Argentina's dollar rates in pesos

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the rate is named as the market names it, and no figure is the US dollar
        assertThat(figures).anySatisfy(f -> {
            assertThat(f.subject()).isEqualTo(subject);
            assertThat(f.level()).isEqualTo(level);
        });
        assertThat(figures).noneMatch(f -> f.subject().equals("US dollar"));
    }
}
