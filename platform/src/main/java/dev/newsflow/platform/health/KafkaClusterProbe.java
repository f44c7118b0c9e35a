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
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Asks the Kafka cluster to describe itself within a bounded time, with the same settings as every other Kafka client
 * of the service, and says whether it answered, and if not why (no answer, credentials refused, access denied).
 */
@ApplicationScoped
public class KafkaClusterProbe {

    private static final int TIMEOUT_MS = 2_000;
    /**
     * The longest a probe takes to answer; a Kubernetes probe's timeout must be above it (the deploy checks hold them
     * to it).
     */
    public static final long LONGEST_ANSWER_MS = TIMEOUT_MS + 500L;

    private final Admin admin;

    KafkaClusterProbe(KafkaClientSettings kafka) {
        this.admin = Admin.create(kafka.admin(Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-health")));
    }

    /** The check named {@code kafka}: UP with the number of brokers, or DOWN with the reason. */
    public HealthCheckResponse probe() {
        try {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes().get(LONGEST_ANSWER_MS, TimeUnit.MILLISECONDS);
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
