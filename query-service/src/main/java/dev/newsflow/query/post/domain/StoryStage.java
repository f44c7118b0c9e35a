package dev.newsflow.query.post.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsflow.contracts.article.RejectionError;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One stage of a post's story as the API shows it; a detail a stage does not have is left out.
 *
 * @param stage       received, published, rejected, enriched, materialized or retracted
 * @param at          when it happened
 * @param topic       the Kafka topic of the record that told it (not for received and materialized)
 * @param partition   the record's partition
 * @param offset      the record's offset
 * @param revision    the article's revision: ingest-service's in events, the read model's for materialized
 * @param via         how the post arrived: bucket or http
 * @param contentHash SHA-256 (hex) of the post's content
 * @param reason      why it was rejected or retracted
 * @param errors      what was wrong with a rejected post
 * @param checks      how many of its source checks had each verdict (enriched)
 * @param figureCount how many market figures were extracted (enriched)
 * @param traceId     the W3C trace id the record carried
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryStage(String stage, Instant at, String topic, Integer partition, Long offset, Integer revision,
        String via, String contentHash, String reason, List<RejectionError> errors, Map<String, Integer> checks,
        Integer figureCount, String traceId) {

    /** A stage known only by its name and time, with an optional revision. */
    public static StoryStage of(Stage stage, Instant at, Integer revision, String contentHash) {
        return new StoryStage(stage.label(), at, null, null, null, revision, null, contentHash, null, null, null, null,
                null);
    }
}
