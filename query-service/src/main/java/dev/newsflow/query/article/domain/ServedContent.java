package dev.newsflow.query.article.domain;

import dev.newsflow.contracts.article.ArticleEnriched;

/**
 * The content an article is to be served with after a batch.
 *
 * @param event    the enriched event to serve
 * @param revision its revision in the read model
 */
public record ServedContent(ArticleEnriched event, int revision) {

    /** The article id. */
    public String id() {
        return event.id();
    }
}
