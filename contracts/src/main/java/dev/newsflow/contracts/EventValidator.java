package dev.newsflow.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Validates event JSON against the contract's JSON Schema; thread-safe, schemas compiled once. */
public final class EventValidator {

    private final Map<EventSchemas, JsonSchema> schemas = new EnumMap<>(EventSchemas.class);

    /** Compiles the schema of every event type. */
    public EventValidator() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                .build();
        for (EventSchemas event : EventSchemas.values()) {
            schemas.put(event, factory.getSchema(event.schema(), config));
        }
    }

    /** The schema violations of an already parsed event, each as {@code "<path>: <message>"}; empty when valid. */
    public List<String> violations(EventSchemas event, JsonNode json) {
        return schemas.get(event).validate(json).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    /** The schema violations of {@code json}, each as {@code "<path>: <message>"}; empty when it is valid. */
    public List<String> violations(EventSchemas event, String json) {
        try {
            return schemas.get(event).validate(json, InputFormat.JSON).stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .toList();
        } catch (IllegalArgumentException notJson) {
            return List.of("$: not valid JSON");
        }
    }
}
