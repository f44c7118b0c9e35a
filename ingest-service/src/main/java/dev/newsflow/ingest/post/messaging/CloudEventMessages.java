package dev.newsflow.ingest.post.messaging;

import io.smallrye.reactive.messaging.OutgoingMessageMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Sends a payload as a keyed Kafka record with CloudEvents binary-mode headers and tells when Kafka acknowledged it,
 * and where the record was written.
 */
final class CloudEventMessages {

    static final URI SOURCE = URI.create("/newsflow/ingest-service");
    private static final String JSON = "application/json";

    private CloudEventMessages() {
    }

    /** Sends {@code payload}; completes once the broker acknowledged it (with {@code acks=all}) with its partition and offset. */
    static <T> CompletableFuture<RecordMetadata> send(Emitter<T> emitter, T payload, String key, String eventId,
            String eventType, Instant time) {
        CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
        OutgoingMessageMetadata<RecordMetadata> written = new OutgoingMessageMetadata<>();
        Metadata metadata = Metadata.of(written,
                OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(eventId)
                        .withType(eventType)
                        .withSource(SOURCE)
                        .withSubject(key)
                        .withTimestamp(time.atZone(ZoneOffset.UTC))
                        .withDataContentType(JSON)
                        .build());
        Message<T> message = Message.of(payload, metadata,
                () -> {
                    acknowledged.complete(written.getResult());
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }
}
