package dev.newsflow.ingest.bucket.distribution;

import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.platform.messaging.KafkaClientSettings;
import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/** Announces object keys on the key topic (key: the object's key, value: its size), creating the topic when missing. */
class KeyAnnouncer implements AutoCloseable {

    private final String name;
    private final String topic;
    private final KafkaProducer<String, String> producer;

    /** An announcer of replica {@code name} on {@code topic}, created with {@code partitions} when missing. */
    KeyAnnouncer(String name, KafkaClientSettings kafka, String topic, int partitions) {
        this.name = name;
        this.topic = topic;
        ensureTopic(kafka, topic, partitions);
        this.producer = new KafkaProducer<>(kafka.producer(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, name + "-announcer",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5)),
                new StringSerializer(), new StringSerializer());
    }

    /** Sends the key of {@code entry} once; completes with whether Kafka acknowledged it. */
    CompletableFuture<Boolean> announce(BucketEntry entry) {
        CompletableFuture<Boolean> acknowledged = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic, entry.key(), Long.toString(entry.size())), (metadata, failure) -> {
            if (failure != null) {
                Log.warnf("%s could not announce %s: %s", name, entry.key(), failure.getMessage());
            }
            acknowledged.complete(failure == null);
        });
        return acknowledged;
    }

    /** Sends what is batched now. */
    void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private static void ensureTopic(KafkaClientSettings kafka, String topic, int partitions) {
        try (Admin admin = Admin.create(kafka.admin(Map.of(AdminClientConfig.CLIENT_ID_CONFIG, topic + "-admin")))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create the key topic " + topic + ": "
                        + e.getCause().getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
