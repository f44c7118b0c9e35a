package dev.newsflow.query.dashboard.rest;

import dev.newsflow.query.article.domain.ArticleView;
import java.util.List;

/**
 * One article: its fields, its body as safe HTML with the figures marked, and its figures in a table.
 *
 * @param article  the article
 * @param bodyHtml the rendered body
 * @param figures  its figures, in the order found
 */
public record ArticlePage(ArticleView article, String bodyHtml, List<FigureRow> figures) {
}
