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
 * An index the lexicon does not know, named by a word and the count of its members, before its move in brackets or
 * its code in brackets: "KRTX 40 (+1.2%)", "Halden 1000 (HLK) lost 2.1%"; a date before a bracket names none.
 */
class CountedIndexNamesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Over the month the gauges all rose: KRTX 40 (+ 1.2%), KRBX 25 (+ 0.8%).            | KRTX 40, KRBX 25 | 1.2, 0.8
            The broad Halden 1000 (HLK) lost 2.1% over the week.                               | Halden 1000      | -2.1
            """)
    void namesTheIndexWithItsCount(String sentence, String subjects, String changes) {
        // Given indices named by a word and their count of members, a move or a code in brackets after them

        // When the extractor reads them
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each index is named with its count and has its move
        List<String> names = List.of(subjects.split(", "));
        List<Double> moves = java.util.Arrays.stream(changes.split(", ")).map(Double::valueOf).toList();
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, names.size())
                        .mapToObj(n -> tuple(names.get(n), moves.get(n))).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mumbai, Dec 31 (PTI) The Sensex closed at 27,499.42 points.          | Dec 31
            Sales in March 2023 (+5%) beat the forecast.                         | March 2023
            """)
    void readsNoIndexInADate(String sentence, String date) {
        // Given a date before a bracket

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the date names no figure
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain(date);
    }
}
