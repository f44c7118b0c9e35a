package dev.newsflow.query.support;

import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleRetracted;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

/** Retractions on {@code articles.enriched} as enrich-service writes them: tombstones, with or without the event. */
public final class Tombstones {

    private Tombstones() {
    }

    /** A tombstone of {@code id} whose retraction header holds {@code json}. */
    public static void send(String id, String json) {
        send(id, null, List.of(new RecordHeader(ArticleRetracted.HEADER, json.getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("ce_type", "newsflow.article.retracted.v1".getBytes(StandardCharsets.UTF_8))));
    }

    /** A bare tombstone of {@code id} (null: no key), without a retraction header, written at {@code timestamp}. */
    public static void sendBare(String id, Instant timestamp) {
        send(id, timestamp.toEpochMilli(), List.of());
    }

    /** The JSON of an {@code ArticleRetracted} event. */
    public static String retracted(String id, int revision, String retractedAt, String reason) {
        return "{\"id\":\"" + id + "\",\"bucketKey\":\"incoming/" + id + ".md\",\"revision\":" + revision
                + ",\"retractedAt\":\"" + retractedAt + "\",\"reason\":\"" + reason + "\"}";
    }

    private static void send(String id, Long timestamp, List<Header> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, null, timestamp, id, null, headers)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write a tombstone", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
