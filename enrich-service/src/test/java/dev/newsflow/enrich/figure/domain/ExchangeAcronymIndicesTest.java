package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An index written after its exchange's acronym in brackets is the index the words after the bracket name when the
 * lexicon knows them ("the Karachi Exchange's (KEX) benchmark KSE-100 index"), and descriptive words alone followed by
 * the index's name between commas leave the naming to that name.
 */
class ExchangeAcronymIndicesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void namesTheKnownIndexAfterTheExchangesAcronym() {
        // Given a report naming the exchange, its acronym, a describing word, then the index
        String text = "The Pakistan Stock Exchange's (PSX) main KSE-100 index rose 410.5 points, or 0.6 per cent, to 68,120.40 on Tuesday.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the figure is the KSE-100's, not an index named after the exchange
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("KSE-100", 0.6, 68120.4));
    }

    @Test
    void leavesADescribedIndexToTheNameBetweenCommas() {
        // Given a report that describes the index after the acronym and names it between commas
        String text = "The Ghana Stock Exchange's (GSE) benchmark index, the GSE Composite Index, rose 12.40 points to close at 3,905.12 points.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the figure is the named index's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("GSE Composite Index", 3905.12));
    }
}
