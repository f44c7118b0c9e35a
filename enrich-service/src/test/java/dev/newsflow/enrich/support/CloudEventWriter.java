package dev.newsflow.enrich.support;

import dev.newsflow.testsupport.kafka.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records to the test broker with the binary-mode CloudEvents headers ingest-service gives its events. */
public final class CloudEventWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new StringSerializer());

    /** Sends {@code value} under {@code key} as an event of {@code type}, and waits until the broker has it. */
    public void send(String topic, String key, String type, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        Map.of("ce_specversion", "1.0", "ce_id", key + ":test", "ce_type", type,
                "ce_source", "/newsflow/ingest-service", "content-type", "application/json")
                .forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
