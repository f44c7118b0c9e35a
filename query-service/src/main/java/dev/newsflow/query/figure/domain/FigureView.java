package dev.newsflow.query.figure.domain;

import dev.newsflow.contracts.article.MarketFigure;
import java.time.OffsetDateTime;

/** A market figure with the article it comes from and when that article was published. */
public record FigureView(String articleId, OffsetDateTime publishedAt, MarketFigure figure) {
}
