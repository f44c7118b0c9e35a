package dev.newsflow.ingest.post.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The service's {@code kafka.*} settings (brokers, and security settings where set) for the Kafka clients it makes
 * itself, each kind of client given only the settings it knows, plus its own.
 */
@ApplicationScoped
public class KafkaClients {

    private final Map<String, Object> settings;

    KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> settings) {
        this.settings = Map.copyOf(settings);
    }

    /** Settings of a consumer: the shared ones a consumer knows, then {@code own}. */
    public Map<String, Object> consumer(Map<String, Object> own) {
        return merge(ConsumerConfig.configNames(), own);
    }

    /** Settings of a producer: the shared ones a producer knows, then {@code own}. */
    public Map<String, Object> producer(Map<String, Object> own) {
        return merge(ProducerConfig.configNames(), own);
    }

    /** Settings of an admin client: the shared ones an admin client knows, then {@code own}. */
    public Map<String, Object> admin(Map<String, Object> own) {
        return merge(AdminClientConfig.configNames(), own);
    }

    private Map<String, Object> merge(Set<String> known, Map<String, Object> own) {
        Map<String, Object> merged = new HashMap<>();
        settings.forEach((name, value) -> {
            if (known.contains(name)) {
                merged.put(name, value);
            }
        });
        merged.putAll(own);
        return merged;
    }
}
