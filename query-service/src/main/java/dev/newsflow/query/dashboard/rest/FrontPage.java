package dev.newsflow.query.dashboard.rest;

import dev.newsflow.query.article.domain.ArticleSummary;
import java.util.List;

/**
 * The front page: one page of the latest articles under the filters.
 *
 * @param filters    the filters
 * @param labels     the sentiment labels to filter by
 * @param articles   the articles of this page, newest first
 * @param nextCursor the cursor of the next page, or null
 * @param paged      whether this is a page after the first
 * @param error      why the filters could not be used, or null
 */
public record FrontPage(Filters filters, List<String> labels, List<ArticleSummary> articles, String nextCursor,
        boolean paged,
        String error) {

    /** Whether new articles may be put on top of this page as they arrive. */
    public boolean live() {
        return !paged && !filters.any();
    }
}
