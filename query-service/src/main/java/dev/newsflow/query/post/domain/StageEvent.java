package dev.newsflow.query.post.domain;

import dev.newsflow.contracts.article.RejectionError;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One Kafka record in the story of a post, as it is stored: which post, which stage, when, where the record is, and the
 * details of its stage (null where a stage has none).
 *
 * @param bucketKey   the post's key in the bucket, e.g. {@code incoming/2026/gold.md}
 * @param articleId   the article id, or null (a rejection carries none)
 * @param stage       published, rejected, enriched or retracted
 * @param at          when the stage happened: the record's time (published), else the event's own time
 * @param receivedAt  when ingest-service read the post (published only)
 * @param record      where the record is in Kafka
 * @param checks      how many source checks had each verdict (enriched only)
 * @param figureCount how many market figures were extracted (enriched only)
 * @param traceId     the W3C trace id of the record's {@code traceparent} header, or null
 */
public record StageEvent(String bucketKey, String articleId, Stage stage, Instant at, Instant receivedAt,
        RecordPosition record, Integer revision, String via, String contentHash, String reason,
        List<RejectionError> errors, Map<String, Integer> checks, Integer figureCount, String traceId) {

    /** The last segment of the bucket key, by which a post can be looked up too. */
    public String fileName() {
        return bucketKey.substring(bucketKey.lastIndexOf('/') + 1);
    }
}
