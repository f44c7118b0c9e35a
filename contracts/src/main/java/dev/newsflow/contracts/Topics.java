package dev.newsflow.contracts;

/** Names of the Kafka topics that connect the Newsflow services. */
public final class Topics {

    /** Parsed posts, keyed by article id. */
    public static final String ARTICLES_INGESTED = "articles.ingested";
    /** Enriched articles, keyed by article id; compacted, the replayable source of the read model. */
    public static final String ARTICLES_ENRICHED = "articles.enriched";
    /** Posts that could not be ingested, keyed by bucket key. */
    public static final String ARTICLES_REJECTED = "articles.rejected";
    /**
     * Which bucket key holds each article id, keyed by article id; compacted. Written and read by ingest-service
     * only: the first claim of an id in the log holds it, so a post under another key never replaces that article.
     */
    public static final String ARTICLE_IDS = "articles.ids";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of a consumer of {@code topic}. */
    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
