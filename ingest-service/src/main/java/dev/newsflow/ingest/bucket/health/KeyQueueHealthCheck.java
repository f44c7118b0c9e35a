package dev.newsflow.ingest.bucket.health;

import dev.newsflow.ingest.bucket.distribution.KeyQueueDistribution;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the key-queue replica: with the key queue on, a replica whose consumer thread stopped takes no more
 * objects, so the process should be restarted.
 */
@Liveness
@ApplicationScoped
public class KeyQueueHealthCheck implements HealthCheck {

    private final KeyQueueDistribution queue;

    KeyQueueHealthCheck(KeyQueueDistribution queue) {
        this.queue = queue;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("bucket-key-queue").status(queue.isTaking())
                .withData("enabled", queue.isEnabled()).withData("lister", queue.isLister()).build();
    }
}
