package dev.newsflow.contracts;

/** CloudEvents {@code ce_type} values of the Newsflow events, one per contract version. */
public final class EventTypes {

    public static final String ARTICLE_INGESTED_V1 = "newsflow.article.ingested.v1";
    public static final String ARTICLE_REJECTED_V1 = "newsflow.article.rejected.v1";
    public static final String ARTICLE_ENRICHED_V1 = "newsflow.article.enriched.v1";
    public static final String ARTICLE_RETRACTED_V1 = "newsflow.article.retracted.v1";

    private EventTypes() {
    }
}
