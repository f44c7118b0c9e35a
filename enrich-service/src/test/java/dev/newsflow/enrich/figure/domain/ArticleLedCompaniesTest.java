package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company written with the article its formal name carries ("The Harbor Mills Co.") is named without it, as its
 * usual short name is, while a capitalized word that does lead a name ("Global Unichip") keeps its place.
 */
class ArticleLedCompaniesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void namesTheCompanyWithoutItsArticle() {
        // Given a list of gainers whose formal names open with "The"
        String text = "Among other gainers were The Harbor Mills Co., up 2.1%, and The Riverside Gazette Co., "
                + "down 0.4% at $12.10.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each company is named without the article
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Harbor Mills", 2.1, null), tuple("Riverside Gazette", -0.4, 12.1));
    }

    @Test
    void keepsAWordThatLeadsTheName() {
        // Given a name led by a word that starts no name elsewhere
        String text = "Chip stocks rose, and Global Unichip Co. gained 2% to NT$1,200.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the name keeps that word
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Global Unichip", 2.0, 1200.0));
    }
}
