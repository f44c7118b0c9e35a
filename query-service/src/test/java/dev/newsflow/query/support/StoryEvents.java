package dev.newsflow.query.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleRetracted;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes the events of a post's story to the test broker as the services do (JSON value, article id or bucket key as
 * key, {@code ce_type} header, a {@code traceparent} when given), built from the contracts' fixtures.
 */
public final class StoryEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new StringSerializer());

    /** Publishes {@code id} from {@code bucketKey} at revision {@code revision}; returns where Kafka wrote it. */
    public RecordMetadata ingested(String id, String bucketKey, String content, int revision, Instant ingestedAt,
            String traceparent) {
        ObjectNode event = fixture(EventSchemas.ARTICLE_INGESTED);
        event.put("id", id).put("bucketKey", bucketKey).put("contentHash", Enriched.hash(content))
                .put("revision", revision).put("ingestedAt", ingestedAt.toString());
        return send(Topics.ARTICLES_INGESTED, id, event.toString(), EventTypes.ARTICLE_INGESTED_V1, traceparent);
    }

    /** Rejects the post at {@code bucketKey}. */
    public RecordMetadata rejected(String bucketKey, String content, Instant rejectedAt) {
        ObjectNode event = fixture(EventSchemas.ARTICLE_REJECTED);
        event.put("bucketKey", bucketKey).put("contentHash", Enriched.hash(content))
                .put("rejectedAt", rejectedAt.toString());
        return send(Topics.ARTICLES_REJECTED, bucketKey, event.toString(), EventTypes.ARTICLE_REJECTED_V1, null);
    }

    /** Enriches {@code id} (one VALID check, one figure) at {@code enrichedAt}. */
    public RecordMetadata enriched(String id, String bucketKey, String content, int revision, Instant ingestedAt,
            Instant enrichedAt) {
        ObjectNode event = (ObjectNode) read(Enriched.json(Enriched.article(id, content, ingestedAt,
                "2026-03-02T17:00:00Z")));
        event.put("bucketKey", bucketKey).put("revision", revision).put("enrichedAt", enrichedAt.toString());
        return send(Topics.ARTICLES_ENRICHED, id, event.toString(), EventTypes.ARTICLE_ENRICHED_V1, null);
    }

    /** Retracts revision {@code revision} of {@code id}. */
    public RecordMetadata retracted(String id, String bucketKey, int revision, Instant retractedAt, String reason) {
        String event = new ObjectMapper().createObjectNode().put("id", id).put("bucketKey", bucketKey)
                .put("revision", revision).put("retractedAt", retractedAt.toString()).put("reason", reason)
                .toString();
        return send(Topics.ARTICLES_INGESTED, id, event, EventTypes.ARTICLE_RETRACTED_V1, null);
    }

    /** The retraction's tombstone on {@code articles.enriched}, as enrich-service carries it on. */
    public RecordMetadata tombstone(String id, String retraction) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ARTICLES_ENRICHED, id, null);
        record.headers().add("ce_type", bytes(EventTypes.ARTICLE_RETRACTED_V1));
        record.headers().add(ArticleRetracted.HEADER, bytes(retraction));
        return send(record);
    }

    /** Sends {@code value} under {@code key} with a {@code ce_type} header and, if given, a traceparent. */
    public RecordMetadata send(String topic, String key, String value, String type, String traceparent) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("ce_type", bytes(type));
        if (traceparent != null) {
            record.headers().add("traceparent", bytes(traceparent));
        }
        return send(record);
    }

    private RecordMetadata send(ProducerRecord<String, String> record) {
        try {
            return producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write to " + record.topic(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    private static ObjectNode fixture(EventSchemas schema) {
        return (ObjectNode) read(schema.fixture());
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
