package dev.newsflow.query.post.messaging;

import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.ArticleRejected;
import dev.newsflow.contracts.article.ArticleRetracted;
import dev.newsflow.contracts.article.SourceCheck;
import dev.newsflow.platform.messaging.EventReader;
import dev.newsflow.platform.messaging.PoisonEventException;
import dev.newsflow.query.post.domain.RecordPosition;
import dev.newsflow.query.post.domain.Stage;
import dev.newsflow.query.post.domain.StageEvent;
import dev.newsflow.query.post.domain.TraceParent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.common.header.Header;

/**
 * Reads a record of {@code articles.ingested}, {@code articles.rejected} or {@code articles.enriched} as the stage it
 * tells; a {@link PoisonEventException} says why a record tells none.
 */
@ApplicationScoped
public class StageRecords {

    private static final String CE_TYPE = "ce_type";

    private final EventReader events;

    StageRecords(EventReader events) {
        this.events = events;
    }

    /** A published post, or a retracted one ({@code ce_type} {@code newsflow.article.retracted.v1}). */
    public StageEvent ingested(KafkaRecord<String, String> record) {
        if (EventTypes.ARTICLE_RETRACTED_V1.equals(header(record, CE_TYPE))) {
            ArticleRetracted retracted = events.read(record.getPayload(), EventSchemas.ARTICLE_RETRACTED,
                    ArticleRetracted.class, EventTypes.ARTICLE_RETRACTED_V1);
            return new StageEvent(retracted.bucketKey(), retracted.id(), Stage.RETRACTED, retracted.retractedAt(),
                    null, position(record), retracted.revision(), null, null, retracted.reason(), null, null, null,
                    traceId(record));
        }
        ArticleIngested article = events.read(record.getPayload(), EventSchemas.ARTICLE_INGESTED,
                ArticleIngested.class, EventTypes.ARTICLE_INGESTED_V1);
        return new StageEvent(article.bucketKey(), article.id(), Stage.PUBLISHED, timestamp(record),
                article.ingestedAt(), position(record), article.revision(), article.via(), article.contentHash(),
                null, null, null, null, traceId(record));
    }

    /** A rejected post. */
    public StageEvent rejected(KafkaRecord<String, String> record) {
        ArticleRejected rejected = events.read(record.getPayload(), EventSchemas.ARTICLE_REJECTED,
                ArticleRejected.class, EventTypes.ARTICLE_REJECTED_V1);
        return new StageEvent(rejected.bucketKey(), null, Stage.REJECTED, rejected.rejectedAt(), null,
                position(record), null, rejected.via(), rejected.contentHash(), rejected.reason(), rejected.errors(),
                null, null, traceId(record));
    }

    /** An enriched article; empty for a retraction's tombstone, whose story {@code articles.ingested} tells. */
    public Optional<StageEvent> enriched(KafkaRecord<String, String> record) {
        if (record.getPayload() == null && header(record, ArticleRetracted.HEADER) != null) {
            return Optional.empty();
        }
        ArticleEnriched article = events.read(record.getPayload(), EventSchemas.ARTICLE_ENRICHED,
                ArticleEnriched.class, EventTypes.ARTICLE_ENRICHED_V1);
        Map<String, Integer> checks = new TreeMap<>();
        for (SourceCheck check : article.sourceChecks() == null ? List.<SourceCheck>of() : article.sourceChecks()) {
            checks.merge(check.verdict().name(), 1, Integer::sum);
        }
        return Optional.of(new StageEvent(article.bucketKey(), article.id(), Stage.ENRICHED, article.enrichedAt(),
                null, position(record), article.revision(), article.via(), article.contentHash(), null, null,
                checks, article.figures() == null ? 0 : article.figures().size(), traceId(record)));
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
        return TraceParent.traceId(header(record, TraceParent.HEADER)).orElse(null);
    }

    private static String header(KafkaRecord<String, String> record, String name) {
        Header header = record.getHeaders().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
