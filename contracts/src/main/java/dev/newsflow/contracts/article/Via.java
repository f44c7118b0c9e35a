package dev.newsflow.contracts.article;

/** The values of the events' {@code via} field: how a post reached ingest-service. */
public final class Via {

    /** Dropped into the bucket's {@code incoming/} folder. */
    public static final String BUCKET = "bucket";
    /** Sent to {@code POST /api/posts}. */
    public static final String HTTP = "http";

    private Via() {
    }
}
