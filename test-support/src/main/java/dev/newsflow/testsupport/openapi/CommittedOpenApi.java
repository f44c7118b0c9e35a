package dev.newsflow.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Holds the OpenAPI document a service serves at {@code /q/openapi} to the one committed as
 * {@code docs/openapi/<service>.yaml}, which is linted and from which the Java clients are generated: an API change
 * that is not carried into the committed document fails the service's build, with the command that refreshes it.
 */
public final class CommittedOpenApi {

    /** The system property that makes {@link #check} write the served document instead of comparing it. */
    public static final String REFRESH = "newsflow.openapi.refresh";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CommittedOpenApi() {
    }

    /** The committed document of {@code service}, under the repository's {@code docs/openapi/}. */
    public static Path committed(String service) {
        return Path.of("").toAbsolutePath().getParent().resolve("docs/openapi").resolve(service + ".yaml");
    }

    /**
     * Fails unless {@code served} (YAML, as {@code /q/openapi} answers) says what the committed document of
     * {@code service} says; with {@value #REFRESH} set, writes {@code served} there instead.
     */
    public static void check(String service, String served) {
        Path committed = committed(service);
        try {
            if (System.getProperty(REFRESH) != null) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, served, StandardCharsets.UTF_8);
                return;
            }
            String refresh = " If the change is meant, refresh it and commit it (the clients module generates the"
                    + " Java clients from it): ./mvnw verify -pl " + service + " -Dtest=OpenApiDocumentTest -D"
                    + REFRESH;
            if (!Files.exists(committed)) {
                throw new AssertionError("docs/openapi/" + service + ".yaml is missing." + refresh);
            }
            Optional<String> difference = firstDifference("", YAML.readTree(Files.readString(committed)),
                    YAML.readTree(served));
            if (difference.isPresent()) {
                throw new AssertionError("The OpenAPI document " + service + " serves differs from docs/openapi/"
                        + service + ".yaml at " + difference.get() + "." + refresh);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON pointer of the first place where {@code committed} and {@code served} differ, with both values. */
    static Optional<String> firstDifference(String pointer, JsonNode committed, JsonNode served) {
        if (committed.isObject() && served.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name) || !served.has(name)) {
                    return Optional.of(at + " (committed: " + shown(committed.get(name)) + ", served: "
                            + shown(served.get(name)) + ")");
                }
                Optional<String> inside = firstDifference(at, committed.get(name), served.get(name));
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }
        if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            Iterator<JsonNode> left = committed.elements();
            Iterator<JsonNode> right = served.elements();
            for (int i = 0; left.hasNext(); i++) {
                Optional<String> inside = firstDifference(pointer + "/" + i, left.next(), right.next());
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }
        return committed.equals(served) ? Optional.empty()
                : Optional.of((pointer.isEmpty() ? "/" : pointer) + " (committed: " + shown(committed)
                        + ", served: " + shown(served) + ")");
    }

    private static String shown(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
