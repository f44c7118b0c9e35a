package dev.newsflow.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The settings every Kafka client of a service starts from: every {@code kafka.*} property of the configuration (and
 * every {@code KAFKA_*} environment variable), read once by Quarkus for the messaging connector, so the bootstrap
 * servers, {@code security.protocol}, {@code sasl.*} and {@code ssl.*} reach the channels, the readiness check and
 * every client a service creates alike. Each kind of client gets only the shared settings it knows, so none logs a
 * warning about another's.
 */
@Singleton
public class KafkaClientSettings {

    private final Map<String, Object> shared;

    KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> connectorSettings) {
        Map<String, Object> settings = new HashMap<>(connectorSettings);
        // Quarkus adds the application name as the connector's default group; each consumer names its own.
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.shared = Map.copyOf(settings);
    }

    /** Settings of a consumer: the shared ones a consumer knows, with {@code own} on top. */
    public Map<String, Object> consumer(Map<String, Object> own) {
        return merge(ConsumerConfig.configNames(), own);
    }

    /** Settings of a producer: the shared ones a producer knows, with {@code own} on top. */
    public Map<String, Object> producer(Map<String, Object> own) {
        return merge(ProducerConfig.configNames(), own);
    }

    /** Settings of an admin client: the shared ones an admin client knows, with {@code own} on top. */
    public Map<String, Object> admin(Map<String, Object> own) {
        return merge(AdminClientConfig.configNames(), own);
    }

    private Map<String, Object> merge(Set<String> known, Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>();
        shared.forEach((name, value) -> {
            if (known.contains(name)) {
                settings.put(name, value);
            }
        });
        settings.putAll(own);
        return settings;
    }
}
