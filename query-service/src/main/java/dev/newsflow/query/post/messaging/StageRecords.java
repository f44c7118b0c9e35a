package dev.newsflow.query.post.messaging;

import static dev.newsflow.query.post.messaging.StageFields.required;

import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.article.ArticleRetracted;
import dev.newsflow.platform.messaging.EventReader;
import dev.newsflow.platform.messaging.HeaderText;
import dev.newsflow.platform.messaging.PoisonEventException;
import dev.newsflow.platform.tracing.TraceIds;
import dev.newsflow.query.post.domain.RecordPosition;
import dev.newsflow.query.post.domain.Stage;
import dev.newsflow.query.post.domain.StageEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a record of {@code articles.ingested}, {@code articles.rejected} or {@code articles.enriched} as the stage it
 * tells, from a glance at the few fields a stage needs; a {@link PoisonEventException} says why a record tells none.
 */
@ApplicationScoped
public class StageRecords {

    private final EventReader events;

    StageRecords(EventReader events) {
        this.events = events;
    }

    /** A published post, or a retracted one ({@code ce_type} {@code newsflow.article.retracted.v1}). */
    public StageEvent ingested(KafkaRecord<String, String> record) {
        if (EventTypes.ARTICLE_RETRACTED_V1.equals(header(record, HeaderText.CE_TYPE))) {
            String type = EventTypes.ARTICLE_RETRACTED_V1;
            StageFields retracted = events.glance(record.getPayload(), StageFields.class, type);
            return new StageEvent(required(retracted.bucketKey(), "bucketKey", type),
                    required(retracted.id(), "id", type), Stage.RETRACTED,
                    required(retracted.retractedAt(), "retractedAt", type), null, position(record),
                    retracted.revision(), null, null, retracted.reason(), null, null, null, traceId(record));
        }
        String type = EventTypes.ARTICLE_INGESTED_V1;
        StageFields article = events.glance(record.getPayload(), StageFields.class, type);
        return new StageEvent(required(article.bucketKey(), "bucketKey", type), required(article.id(), "id", type),
                Stage.PUBLISHED, timestamp(record), required(article.ingestedAt(), "ingestedAt", type),
                position(record), article.revision(), article.via(), article.contentHash(), null, null, null, null,
                traceId(record));
    }

    /** A rejected post. */
    public StageEvent rejected(KafkaRecord<String, String> record) {
        String type = EventTypes.ARTICLE_REJECTED_V1;
        StageFields rejected = events.glance(record.getPayload(), StageFields.class, type);
        return new StageEvent(required(rejected.bucketKey(), "bucketKey", type), null, Stage.REJECTED,
                required(rejected.rejectedAt(), "rejectedAt", type), null, position(record), null, rejected.via(),
                rejected.contentHash(), rejected.reason(), rejected.errors(), null, null, traceId(record));
    }

    /** An enriched article; empty for a retraction's tombstone, whose story {@code articles.ingested} tells. */
    public Optional<StageEvent> enriched(KafkaRecord<String, String> record) {
        if (record.getPayload() == null && header(record, ArticleRetracted.HEADER) != null) {
            return Optional.empty();
        }
        String type = EventTypes.ARTICLE_ENRICHED_V1;
        StageFields article = events.glance(record.getPayload(), StageFields.class, type);
        return Optional.of(new StageEvent(required(article.bucketKey(), "bucketKey", type),
                required(article.id(), "id", type), Stage.ENRICHED, required(article.enrichedAt(), "enrichedAt", type),
                null, position(record), article.revision(), article.via(), article.contentHash(), null, null,
                article.checksByVerdict(), article.figureCount(), traceId(record)));
    }

    /** Where {@code record} is in Kafka. */
    static RecordPosition position(KafkaRecord<String, String> record) {
        return new RecordPosition(record.getTopic(), record.getPartition(), metadata(record).getOffset());
    }

    private static Instant timestamp(KafkaRecord<String, String> record) {
        return metadata(record).getTimestamp();
    }

    private static IncomingKafkaRecordMetadata<?, ?> metadata(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
    }

    private static String traceId(KafkaRecord<String, String> record) {
        return TraceIds.of(record.getHeaders()).orElse(null);
    }

    private static String header(KafkaRecord<String, String> record, String name) {
        return HeaderText.of(record.getHeaders(), name).orElse(null);
    }
}
