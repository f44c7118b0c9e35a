package dev.newsflow.contracts;

/** Names of the Kafka topics that connect the Newsflow services. */
public final class Topics {

    /** Parsed posts, keyed by article id. */
    public static final String ARTICLES_INGESTED = "articles.ingested";
    /** Enriched articles, keyed by article id; compacted, the replayable source of the read model. */
    public static final String ARTICLES_ENRICHED = "articles.enriched";
    /** Posts that could not be ingested, keyed by bucket key. */
    public static final String ARTICLES_REJECTED = "articles.rejected";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of a consumer of {@code topic}. */
    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
