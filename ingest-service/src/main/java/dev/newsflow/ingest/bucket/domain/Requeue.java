package dev.newsflow.ingest.bucket.domain;

/** What asking to read a rejected post again did. */
public enum Requeue {
    /** It is back in {@code incoming/}, its report gone. */
    MOVED,
    /** There is no rejected post of that key. */
    NOT_REJECTED,
    /** A post of that key is in {@code incoming/} already; nothing moved. */
    INCOMING_TAKEN
}
