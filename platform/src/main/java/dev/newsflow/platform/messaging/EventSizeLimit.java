package dev.newsflow.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Writes an event as the JSON it is sent as, and measures it, before it is sent: Kafka would refuse one over the limit
 * of a message on every attempt, so it is better refused once with both sizes. The bytes it returns are the record's
 * value (the channel's serializer passes them on), so an event is serialized once.
 */
@Singleton
public class EventSizeLimit {

    private final ObjectMapper json;
    private final int maxBytes;

    EventSizeLimit(ObjectMapper json, EventSizeConfig config) {
        this.json = json;
        this.maxBytes = config.maxBytes();
    }

    /**
     * {@code event} as the JSON bytes of a record's value; throws, saying both sizes, when they are over the limit.
     * {@code what} names the event in that message (e.g. "the enriched event").
     */
    public byte[] write(String what, Object event) throws EventTooLargeException {
        byte[] value;
        try {
            value = json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event cannot be written as JSON", e);
        }
        if (value.length > maxBytes) {
            throw new EventTooLargeException(String.format(Locale.ROOT,
                    "%s would be %,d bytes, over the %,d-byte limit of one Kafka message", what, value.length,
                    maxBytes));
        }
        return value;
    }
}
