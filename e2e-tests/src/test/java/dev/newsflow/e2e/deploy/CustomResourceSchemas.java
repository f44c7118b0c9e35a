package dev.newsflow.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The {@code openAPIV3Schema}s of the vendored CRDs ({@code crds/} on the test class path), made strict the way
 * {@code kubectl apply} with strict field validation is: an object schema with {@code properties} rejects any other
 * field unless it says {@code x-kubernetes-preserve-unknown-fields} or gives {@code additionalProperties} (the
 * branches of {@code allOf}, {@code anyOf} and {@code oneOf} stay open, as they describe parts). The CEL rules
 * ({@code x-kubernetes-validations}) are evaluated by {@link CelRules}.
 */
final class CustomResourceSchemas {

    private static final List<String> CRDS = List.of("keda.sh_scaledobjects.yaml",
            "keda.sh_triggerauthentications.yaml",
            "postgresql.cnpg.io_clusters.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonSchema> byKindAndVersion = new HashMap<>();
    private final Map<String, JsonNode> openApiByKindAndVersion = new HashMap<>();

    CustomResourceSchemas() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(4 * 1024 * 1024);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        for (String file : CRDS) {
            try (InputStream in = CustomResourceSchemas.class.getResourceAsStream("/crds/" + file)) {
                JsonNode crd = JSON.valueToTree(new Yaml(options).load(in));
                JsonNode spec = crd.path("spec");
                String group = spec.path("group").asText();
                String kind = spec.path("names").path("kind").asText();
                for (JsonNode version : spec.path("versions")) {
                    String key = key(group + "/" + version.path("name").asText(), kind);
                    JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    openApiByKindAndVersion.put(key, version.path("schema").path("openAPIV3Schema"));
                    closeObjects(schema);
                    byKindAndVersion.put(key, factory.getSchema(schema));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The schema of {@code kind} in {@code apiVersion}, if one of the vendored CRDs defines it. */
    Optional<JsonSchema> of(String apiVersion, String kind) {
        return Optional.ofNullable(byKindAndVersion.get(key(apiVersion, kind)));
    }

    /** Whether a vendored CRD defines {@code object}'s kind in its apiVersion. */
    boolean defines(Map<String, Object> object) {
        return of((String) object.get("apiVersion"), (String) object.get("kind")).isPresent();
    }

    /**
     * The CRD's own {@code openAPIV3Schema} of {@code kind} in {@code apiVersion}, as vendored (its CEL rules
     * included).
     */
    JsonNode openApiSchema(String apiVersion, String kind) {
        return Optional.ofNullable(openApiByKindAndVersion.get(key(apiVersion, kind))).orElseThrow(
                () -> new IllegalArgumentException("no vendored CRD defines " + kind + " in " + apiVersion));
    }

    /** What is wrong with {@code object} by its CRD's schema, each as a JSON path and a message; empty if nothing. */
    List<String> violations(Map<String, Object> object) {
        String apiVersion = (String) object.get("apiVersion");
        String kind = (String) object.get("kind");
        JsonSchema schema = of(apiVersion, kind).orElseThrow(() -> new IllegalArgumentException(
                "no vendored CRD defines " + kind + " in " + apiVersion));
        return schema.validate(JSON.valueToTree(object)).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }

    /** Adds {@code additionalProperties: false} where the API server would refuse unknown fields. */
    private static void closeObjects(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return;
        }
        if (object.has("properties")) {
            if (!object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
                object.put("additionalProperties", false);
            }
            object.get("properties").forEach(CustomResourceSchemas::closeObjects);
        }
        closeObjects(object.get("items"));
        closeObjects(object.get("additionalProperties"));
    }
}
