package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A session's high or low counted in points after a move is a level of the session, no move: "a day high of 18,778.44 points". */
class ExtremePointsLevelsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The benchmark Hang Seng index gained 47.01 points to end at 18,713.41 points, after trading between a day low of 18,577.09 and a day high of 18,778.44 points. | Hang Seng | 18778.44
            The benchmark Hang Seng index gained 47.01 points to end at 18,713.41 points, after trading between a day low of 18,577.09 and a day high of 18,778.44 points. | Hang Seng | 18577.09
            The Nifty rose 40 points and hit a high of 82,360 points.                                                                                                        | Nifty 50  | 82360
            """)
    void anExtremeInPointsIsAnIntradayLevel(String text, String subject, double level) {
        // Given a high or low in points told after the session's move

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then it is an intraday level of its own, and no figure takes it as a move in points
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.level() != null && f.level() == level)
                .singleElement().satisfies(f -> {
                    assertThat(f.changePoints()).isNull();
                    assertThat(f.period()).isEqualTo(MarketFigure.Period.INTRADAY);
                });
        assertThat(figures).noneMatch(f -> f.changePoints() != null && f.changePoints() == level);
    }
}
