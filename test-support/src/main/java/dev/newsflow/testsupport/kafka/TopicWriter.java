package dev.newsflow.testsupport.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes raw records to the test broker, so tests can feed a service exactly the bytes they choose. */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    /** A writer that sends each record as soon as it is given. */
    public TopicWriter() {
        this(Map.of());
    }

    private TopicWriter(Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Sends one record and waits until the broker acknowledged it. */
    public void send(String topic, String key, String value) {
        send(topic, key, value, Map.of());
    }

    /** Sends one record with {@code headers} (names and UTF-8 values) and waits until the broker acknowledged it. */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends many records without waiting for each, then waits until the broker acknowledged them all. */
    public void sendAll(String topic, List<Map.Entry<String, String>> records) {
        List<Future<?>> acks = new ArrayList<>(records.size());
        for (Map.Entry<String, String> record : records) {
            acks.add(producer.send(new ProducerRecord<>(topic, record.getKey(), record.getValue())));
        }
        producer.flush();
        try {
            for (Future<?> ack : acks) {
                ack.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends {@code values} under one {@code key} in one producer batch, so that they are stored as one record batch of
     * one partition and a consumer's poll hands over all of them or none; waits until the broker acknowledged them.
     */
    public static void sendInOneBatch(String topic, String key, List<String> values) {
        try (TopicWriter batching = new TopicWriter(Map.of(ProducerConfig.LINGER_MS_CONFIG, 60_000,
                ProducerConfig.BATCH_SIZE_CONFIG, 4 * 1024 * 1024))) {
            batching.sendAll(topic, values.stream().map(value -> Map.entry(key, value)).toList());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
