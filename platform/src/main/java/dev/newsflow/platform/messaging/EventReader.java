package dev.newsflow.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventValidator;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Reads an event's JSON once, checks it against its schema and maps it to its record (keeping the offsets of
 * date-times as written), or says why it is poison.
 */
@Singleton
public class EventReader {

    private final EventValidator validator = new EventValidator();
    private final ObjectMapper json;

    EventReader(ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** The event in {@code payload} as {@code type}; a {@link PoisonEventException} names what is wrong. */
    public <T> T read(String payload, EventSchemas schema, Class<T> type, String eventType) {
        if (payload == null || payload.isBlank()) {
            throw new PoisonEventException("the event has no value");
        }
        JsonNode tree;
        try {
            tree = json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("the event is not a valid " + eventType + ": $: not valid JSON");
        }
        List<String> violations = validator.violations(schema, tree);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("the event is not a valid " + eventType + ": "
                    + String.join("; ", violations));
        }
        try {
            return json.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("the event cannot be read as " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }
}
