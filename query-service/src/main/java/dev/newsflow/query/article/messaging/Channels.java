package dev.newsflow.query.article.messaging;

/** The messaging channels of query-service, shared with its tests. */
public final class Channels {

    /** Enriched articles in, consumed in batches. */
    public static final String ARTICLES_ENRICHED = "articles-enriched";
    /** Events that can never be materialized, with their reason. */
    public static final String DEAD_LETTERS = "articles-enriched-dlq";

    private Channels() {
    }
}
