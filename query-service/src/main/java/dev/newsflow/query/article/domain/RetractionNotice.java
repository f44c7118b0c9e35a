package dev.newsflow.query.article.domain;

import java.time.Instant;

/**
 * A retraction as {@code articles.enriched} carries it: a tombstone, with the {@code ArticleRetracted} event in its
 * header or, for a bare tombstone, only its key and time.
 *
 * @param id          the article id (the record's key)
 * @param revision    the revision withdrawn, or null when the tombstone does not say (the one served is meant)
 * @param retractedAt when it was withdrawn
 * @param reason      why
 */
public record RetractionNotice(String id, Integer revision, Instant retractedAt, String reason) {

    /** The reason of a tombstone that gives none. */
    public static final String DEFAULT_REASON = "retracted";
}
