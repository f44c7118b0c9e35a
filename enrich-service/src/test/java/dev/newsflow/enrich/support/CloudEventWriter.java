package dev.newsflow.enrich.support;

import dev.newsflow.testsupport.kafka.TopicWriter;
import java.util.Map;

/** Writes records to the test broker with the binary-mode CloudEvents headers ingest-service gives its events. */
public final class CloudEventWriter implements AutoCloseable {

    private final TopicWriter writer = new TopicWriter();

    /** Sends {@code value} under {@code key} as an event of {@code type}, and waits until the broker has it. */
    public void send(String topic, String key, String type, String value) {
        writer.send(topic, key, value, Map.of("ce_specversion", "1.0", "ce_id", key + ":test", "ce_type", type,
                "ce_source", "/newsflow/ingest-service", "content-type", "application/json"));
    }

    @Override
    public void close() {
        writer.close();
    }
}
