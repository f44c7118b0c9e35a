package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A line break that only wraps a paragraph reads as the space it stands for, inside a number or a name too. */
class SoftLineBreaksTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void aFractionWrappedOntoTheNextLineStaysPartOfItsPrice() {
        // Given a price in fractions whose fraction a plain-text editor moved to the next line
        String text = """
                In a busy session for industrial names, Caterpillar climbed 1 1/4 to 88
                3/4, and Boeing added 2 to 61 1/2.""";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the wrapped price is whole, and the figure's sentence reads on one line
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePoints, MarketFigure::level)
                .contains(Tuple.tuple("Caterpillar", 1.25, 88.75));
        assertThat(figures.get(0).sentence()).contains("to 88 3/4, and").doesNotContain("\n");
    }

    @Test
    void aNumberWrappedAfterItsThousandsSeparatorIsOneNumber() {
        // Given a level whose thousands a wrap left on the line before, after their comma
        String text = """
                In Lagos, the benchmark index of the exchange rose on Thursday by 1.21% to hit 74,
                289.02, against 73,397.71 recorded on Wednesday.""";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move's level is the whole number
        assertThat(figures).extracting(MarketFigure::changePercent, MarketFigure::level)
                .contains(Tuple.tuple(1.21, 74289.02)).doesNotContain(Tuple.tuple(1.21, 74.0));
    }

    @Test
    void lineBreaksBetweenQuoteLinesStillEndThem() {
        // Given one quote a line, short lines no wrap made
        String text = """
                Gold 2,010.40 +0.6%
                Silver 23.10 -0.2%""";

        // When the extractor reads the text
        List<MarketFigure> figures = extractor.extract(text);

        // Then each line is its own figure
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(Tuple.tuple("Gold", 2010.4),
                        Tuple.tuple("Silver", 23.1));
    }
}
