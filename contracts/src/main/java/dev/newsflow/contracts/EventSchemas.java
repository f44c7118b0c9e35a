package dev.newsflow.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Classpath locations of the JSON Schema and the reference fixture of each event type. */
public enum EventSchemas {

    ARTICLE_INGESTED(EventTypes.ARTICLE_INGESTED_V1, "article-ingested.v1"),
    ARTICLE_REJECTED(EventTypes.ARTICLE_REJECTED_V1, "article-rejected.v1"),
    ARTICLE_ENRICHED(EventTypes.ARTICLE_ENRICHED_V1, "article-enriched.v1"),
    ARTICLE_RETRACTED(EventTypes.ARTICLE_RETRACTED_V1, "article-retracted.v1");

    private static final String BASE = "/dev/newsflow/contracts/";

    private final String eventType;
    private final String name;

    EventSchemas(String eventType, String name) {
        this.eventType = eventType;
        this.name = name;
    }

    /** The CloudEvents type this schema describes. */
    public String eventType() {
        return eventType;
    }

    /** The JSON Schema (draft 2020-12) of this event. */
    public String schema() {
        return read(BASE + "schemas/" + name + ".schema.json");
    }

    /** A valid example of this event, shared by the tests of every service. */
    public String fixture() {
        return read(BASE + "fixtures/" + name + ".json");
    }

    private static String read(String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing contract resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
