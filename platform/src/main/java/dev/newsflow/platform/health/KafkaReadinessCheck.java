package dev.newsflow.platform.health;

import dev.newsflow.platform.messaging.KafkaClientSettings;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is DOWN while the Kafka cluster does not answer within a bounded time, or refuses this service's
 * credentials; the check connects with the same settings as every other Kafka client of the service.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_MS = 2_000;

    private final Admin admin;

    KafkaReadinessCheck(KafkaClientSettings kafka) {
        this.admin = Admin.create(kafka.with(Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-readiness")));
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes().get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named("kafka").up().withData("brokers", nodes.size()).build();
        } catch (ExecutionException | TimeoutException e) {
            return down(reason(e.getCause() == null ? e : e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private static String reason(Throwable cause) {
        if (cause instanceof AuthenticationException) {
            return "Kafka refused this service's credentials: " + cause.getMessage();
        }
        if (cause instanceof AuthorizationException) {
            return "Kafka denied this service access: " + cause.getMessage();
        }
        return "Kafka did not answer within " + TIMEOUT_MS + " ms: " + cause.getMessage();
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named("kafka").down().withData("reason", reason).build();
    }

    void close(@Observes ShutdownEvent event) {
        admin.close();
    }
}
