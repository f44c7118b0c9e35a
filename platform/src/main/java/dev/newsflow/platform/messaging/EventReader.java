package dev.newsflow.platform.messaging;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventValidator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an event's JSON once, checks it against its schema and maps it to its record (keeping the offsets of
 * date-times as written), or says why it is poison. A consumer that only watches events others act on can instead
 * glance at them: read into a view of the few fields it needs, without the schema check, the rest skipped unread.
 */
@Singleton
public class EventReader {

    private final EventValidator validator = new EventValidator();
    private final ObjectMapper json;
    private final Map<Class<?>, ObjectReader> glances = new ConcurrentHashMap<>();

    EventReader(ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /**
     * The fields of the event in {@code payload} that {@code view} names, unchecked against the schema; the view
     * says which of them it cannot do without. A {@link PoisonEventException} says when it is not JSON or a field has
     * another type.
     */
    public <T> T glance(String payload, Class<T> view, String eventType) {
        if (payload == null || payload.isBlank()) {
            throw new PoisonEventException("the event has no value");
        }
        ObjectReader reader = glances.computeIfAbsent(view,
                type -> json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        try {
            return reader.readValue(payload);
        } catch (JsonParseException e) {
            throw new PoisonEventException("the event is not a valid " + eventType + ": $: not valid JSON");
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("the event is not a valid " + eventType + ": "
                    + e.getOriginalMessage());
        }
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
