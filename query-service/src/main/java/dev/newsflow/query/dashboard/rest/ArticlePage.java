package dev.newsflow.query.dashboard.rest;

import dev.newsflow.query.article.domain.ArticleView;
import dev.newsflow.query.article.domain.RevisionSummary;
import java.util.List;

/**
 * One article: its fields, its body as safe HTML with the figures marked, its figures in a table and its revisions.
 *
 * @param article   the article
 * @param bodyHtml  the rendered body
 * @param figures   its figures, in the order found
 * @param revisions its kept revisions, newest first
 */
public record ArticlePage(ArticleView article, String bodyHtml, List<FigureRow> figures,
        List<RevisionSummary> revisions) {
}
