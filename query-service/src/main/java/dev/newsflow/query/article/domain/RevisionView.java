package dev.newsflow.query.article.domain;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;

/**
 * One revision of an article whole: every field of {@link ArticleView} as it was at that revision ({@code updatedAt}
 * when the read model stored it, {@code firstSeenAt} when it stored the first revision it holds), and the figures
 * it added and dropped against the revision before it.
 */
public record RevisionView(@JsonUnwrapped ArticleView article, List<MarketFigure> figuresAdded,
        List<MarketFigure> figuresDropped) {
}
