package dev.newsflow.platform.messaging;

import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.OutgoingMessageMetadata;
import io.smallrye.reactive.messaging.TracingMetadata;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Sends a payload through an emitter and turns the broker's acknowledgement (or refusal) into a future; the record is
 * sent in the trace current at the call (its {@code traceparent} header), whichever thread the emitter sends it on.
 */
public final class AcknowledgedSend {

    private AcknowledgedSend() {
    }

    /**
     * Sends {@code payload} with {@code metadata}; completes with where Kafka wrote the record once the broker
     * acknowledged it, or exceptionally when it refused it or the emitter could not take it.
     */
    public static <T> CompletableFuture<RecordMetadata> send(Emitter<T> emitter, T payload, Metadata metadata) {
        CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
        OutgoingMessageMetadata<RecordMetadata> written = new OutgoingMessageMetadata<>();
        Message<T> message = Message.of(payload,
                metadata.with(written).with(TracingMetadata.withCurrent(Context.current())),
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
