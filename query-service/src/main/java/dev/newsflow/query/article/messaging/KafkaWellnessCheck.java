package dev.newsflow.query.article.messaging;

import dev.newsflow.platform.health.KafkaClusterProbe;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the Kafka cluster that feeds the materializer answers and takes this service's credentials, on
 * {@code /q/health/well}: shown, but never taking the read API out of its Service, which serves while Kafka is away.
 */
@Wellness
@ApplicationScoped
public class KafkaWellnessCheck implements HealthCheck {

    private final KafkaClusterProbe kafka;

    KafkaWellnessCheck(KafkaClusterProbe kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        return kafka.probe();
    }
}
