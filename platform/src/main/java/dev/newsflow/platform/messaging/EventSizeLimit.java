package dev.newsflow.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures an event as the JSON it is sent as, before it is sent: Kafka would refuse one over the limit of a message
 * on every attempt, so it is better refused once with both sizes.
 */
@Singleton
public class EventSizeLimit {

    private final ObjectMapper json;
    private final int maxBytes;

    EventSizeLimit(ObjectMapper json, EventSizeConfig config) {
        this.json = json;
        this.maxBytes = config.maxBytes();
    }

    /** Why {@code event}, called {@code what} (e.g. "the article's event"), cannot be sent; empty when it can. */
    public Optional<String> problemWith(String what, Object event) {
        int size;
        try {
            size = json.writeValueAsBytes(event).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event cannot be written as JSON", e);
        }
        return size <= maxBytes ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                "%s would be %,d bytes, over the %,d-byte limit of one Kafka message", what, size, maxBytes));
    }
}
