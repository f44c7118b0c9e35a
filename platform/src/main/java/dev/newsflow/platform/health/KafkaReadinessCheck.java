package dev.newsflow.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is DOWN while the Kafka cluster does not answer within a bounded time, or refuses this service's
 * credentials (see {@link KafkaClusterProbe}).
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private final KafkaClusterProbe kafka;

    KafkaReadinessCheck(KafkaClusterProbe kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        return kafka.probe();
    }
}
