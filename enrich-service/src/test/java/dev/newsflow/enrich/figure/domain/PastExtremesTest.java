package dev.newsflow.enrich.figure.domain;

// Sentences of the samples stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A past record a level is measured against ("topping its previous record of") is a level of another time. */
class PastExtremesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Taiex rose 0.8% to 23,410.22, topping its previous record of 23,380.15 set in July.   | Taiex   | 23410.22 | 23380.15
            Gold climbed 1.1% to $2,480, beating the record of $2,470.50.                            | Gold    | 2480     | 2470.5
            Bitcoin rose 3% to $71,200, just short of the all-time high of $73,750.                   | Bitcoin | 71200    | 73750
            The Kospi ended at 2,901.10, above its prior closing high of 2,896.42.                    | Kospi   | 2901.1   | 2896.42
            """)
    void aRecordMeasuredAgainstIsOfAnotherTime(String text, String subject, double latest, double record) {
        // Given a level of the session, then an earlier record it is compared with

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the session's level stays the latest, and the record is a level of another time
        assertThat(figures).filteredOn(f -> f.subject().equals(subject) && f.level() != null)
                .extracting(MarketFigure::level, MarketFigure::period)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(latest, null),
                        org.assertj.core.groups.Tuple.tuple(record, MarketFigure.Period.OTHER));
    }

    @Test
    void aRecordReachedIsTheLatestLevel() {
        // Given a record the session closed at
        String text = "The Sensex closed at a record high of 81,300.12, up 0.6%.";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the record is the latest level, with its move
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(81300.12);
            assertThat(f.changePercent()).isEqualTo(0.6);
            assertThat(f.period()).isNull();
        });
    }
}
