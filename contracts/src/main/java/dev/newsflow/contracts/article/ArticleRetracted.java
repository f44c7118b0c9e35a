package dev.newsflow.contracts.article;

import java.time.Instant;

/**
 * A writer withdrew an article: published on {@code articles.ingested} (key: the article id, ce_type
 * {@code newsflow.article.retracted.v1}), and carried on by enrich-service as a tombstone on
 * {@code articles.enriched} whose {@link #HEADER} header holds this event's JSON, so a replay agrees. Dropping the
 * post again brings the article back as a new revision.
 *
 * @param id          the article id
 * @param bucketKey   the bucket key that holds the id
 * @param revision    the revision that was withdrawn
 * @param retractedAt when ingest-service accepted the retraction
 * @param reason      why, in the writer's words (or a default when none was given)
 */
public record ArticleRetracted(String id, String bucketKey, int revision, Instant retractedAt, String reason) {

    /** The Kafka header of an {@code articles.enriched} tombstone that carries this event as JSON. */
    public static final String HEADER = "newsflow_retraction";
}
