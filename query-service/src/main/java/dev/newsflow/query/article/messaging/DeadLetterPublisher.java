package dev.newsflow.query.article.messaging;

import dev.newsflow.contracts.Topics;
import dev.newsflow.platform.messaging.AcknowledgedSend;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Sends an event that can never be materialized to the dead-letter topic, with the SmallRye dead-letter headers. */
@ApplicationScoped
public class DeadLetterPublisher {

    private final Emitter<String> emitter;

    DeadLetterPublisher(@Channel(Channels.DEAD_LETTERS) Emitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Publishes {@code record} with {@code reason}; completes when the broker acknowledged it. */
    public CompletableFuture<Void> publish(KafkaRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", bytes(reason));
        headers.add("dead-letter-topic", bytes(record.getTopic()));
        headers.add("dead-letter-partition", bytes(Integer.toString(record.getPartition())));
        headers.add("dead-letter-offset", bytes(Long.toString(DeadLetterPublisher.offset(record))));
        return AcknowledgedSend.send(emitter, record.getPayload() == null ? "" : record.getPayload(),
                Metadata.of(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(record.getKey())
                        .withTopic(Topics.deadLetterOf(Topics.ARTICLES_ENRICHED))
                        .withHeaders(headers)
                        .build()))
                .thenApply(written -> null);
    }

    /** The offset of a consumed record. */
    static long offset(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
