package dev.newsflow.enrich.article.messaging;

/** Names of enrich-service's messaging channels, shared by the code and its tests. */
public final class Channels {

    public static final String ARTICLES_INGESTED = "articles-ingested";
    public static final String ARTICLES_ENRICHED = "articles-enriched";

    private Channels() {
    }
}
