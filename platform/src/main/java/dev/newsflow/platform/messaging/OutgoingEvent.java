package dev.newsflow.platform.messaging;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
    /** RFC 3339 with as many fraction digits as the instant needs, as the messaging connector writes it. */
    private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendZoneOrOffsetId().toFormatter();

    /** The metadata of a message carrying this event. */
    public Metadata metadata() {
        return Metadata.of(kafkaRecord(), cloudEvent());
    }

    /** {@code message} with this event's key and CloudEvents attributes added to its metadata. */
    public <T> Message<T> addTo(Message<T> message) {
        return message.addMetadata(kafkaRecord()).addMetadata(cloudEvent());
    }

    /**
     * This event's CloudEvents attributes as the binary-mode headers of a record written by a plain Kafka producer,
     * the same the messaging connector writes from {@link #metadata()}.
     */
    public Headers kafkaHeaders() {
        Headers headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", id);
        add(headers, "ce_type", type);
        add(headers, "ce_source", source.toString());
        add(headers, "ce_subject", key);
        add(headers, "ce_datacontenttype", JSON);
        add(headers, "content-type", JSON);
        add(headers, "ce_time", RFC_3339.format(time.atZone(ZoneOffset.UTC)));
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
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
