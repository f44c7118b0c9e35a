package dev.newsflow.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The settings every Kafka client of a service starts from: every {@code kafka.*} property of the configuration (and
 * every {@code KAFKA_*} environment variable), read once by Quarkus for the messaging connector, so the bootstrap
 * servers, {@code security.protocol}, {@code sasl.*} and {@code ssl.*} reach the channels, the readiness check and
 * every client a service creates alike.
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

    /** The shared settings with {@code own} on top (a client's own settings win). */
    public Map<String, Object> with(Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(shared);
        settings.putAll(own);
        return settings;
    }
}
