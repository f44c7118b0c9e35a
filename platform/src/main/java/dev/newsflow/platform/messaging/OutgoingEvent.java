package dev.newsflow.platform.messaging;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * What a Newsflow event carries besides its JSON payload: its Kafka key and its CloudEvents attributes, written as
 * binary-mode {@code ce_*} headers.
 *
 * @param key the Kafka record key, also the CloudEvents subject
 * @param id the CloudEvents id, unique per event (a replay of the same content keeps it)
 * @param type the CloudEvents type, one of {@code EventTypes}
 * @param source the CloudEvents source, the producing service
 * @param time when the event happened
 */
public record OutgoingEvent(String key, String id, String type, URI source, Instant time) {

    private static final String JSON = "application/json";

    /** The metadata of a message carrying this event. */
    public Metadata metadata() {
        return Metadata.of(kafkaRecord(), cloudEvent());
    }

    /** {@code message} with this event's key and CloudEvents attributes added to its metadata. */
    public <T> Message<T> addTo(Message<T> message) {
        return message.addMetadata(kafkaRecord()).addMetadata(cloudEvent());
    }

    private OutgoingKafkaRecordMetadata<String> kafkaRecord() {
        return OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build();
    }

    private OutgoingCloudEventMetadata<Object> cloudEvent() {
        return OutgoingCloudEventMetadata.builder()
                .withId(id)
                .withType(type)
                .withSource(source)
                .withSubject(key)
                .withTimestamp(time.atZone(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .build();
    }
}
