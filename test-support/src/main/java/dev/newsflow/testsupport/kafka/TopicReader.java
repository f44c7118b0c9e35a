package dev.newsflow.testsupport.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what is published to one topic, from the moment it was opened or from the start, for assertions in tests. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicReader(String topic, boolean fromBeginning) {
        String bootstrap = KafkaBroker.bootstrapServers();
        ensureTopic(bootstrap, topic);
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = partitionsOf(topic);
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        partitions.forEach(consumer::position);
    }

    /**
     * The partitions of {@code topic}, asked again until the broker knows them: a topic just created may not be in
     * the broker's metadata yet, and is then reported with no partitions.
     */
    private List<TopicPartition> partitionsOf(String topic) {
        Instant deadline = Instant.now().plusSeconds(10);
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
            partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
        }
        if (partitions.isEmpty()) {
            throw new IllegalStateException("The broker reports no partitions of " + topic + " after 10 s");
        }
        return partitions;
    }

    /** Opens a reader positioned at the current end of {@code topic}, creating the topic if it does not exist. */
    public static TopicReader fromNow(String topic) {
        return new TopicReader(topic, false);
    }

    /** Opens a reader positioned at the start of {@code topic}, creating the topic if it does not exist. */
    public static TopicReader fromBeginning(String topic) {
        return new TopicReader(topic, true);
    }

    /** Waits until {@code count} records matching {@code filter} arrived and returns every matching record. */
    public List<ConsumerRecord<String, String>> await(int count, Predicate<ConsumerRecord<String, String>> filter,
            Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, String>> matching = new ArrayList<>(matching(filter));
        while (matching.size() < count && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                seen.add(record);
                if (filter.test(record)) {
                    matching.add(record);
                }
            }
        }
        if (matching.size() < count) {
            throw new AssertionError("Expected " + count + " records but got " + matching.size() + " within "
                    + timeout);
        }
        return matching;
    }

    /** Waits until {@code count} records arrived and returns all of them. */
    public List<ConsumerRecord<String, String>> await(int count, Duration timeout) {
        return await(count, record -> true, timeout);
    }

    /** Keeps reading for {@code quiet} and returns every record read since the reader was opened. */
    public List<ConsumerRecord<String, String>> drain(Duration quiet) {
        Instant until = Instant.now().plus(quiet);
        while (Instant.now().isBefore(until)) {
            poll(Duration.ofMillis(100));
        }
        return List.copyOf(seen);
    }

    private void poll(Duration timeout) {
        consumer.poll(timeout).forEach(seen::add);
    }

    private List<ConsumerRecord<String, String>> matching(Predicate<ConsumerRecord<String, String>> filter) {
        return seen.stream().filter(filter).toList();
    }

    private static void ensureTopic(String bootstrap, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + topic, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
