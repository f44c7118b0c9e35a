package dev.newsflow.ingest.bucket.distribution;

import dev.newsflow.ingest.bucket.config.BucketConfig;
import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.BucketException;
import dev.newsflow.ingest.bucket.service.BucketIntake;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives this replica every object of an S3 bucket, when the key queue is off: lists {@code incoming/} every
 * {@code newsflow.bucket.s3.poll-interval} (what is still there is pending, so no watermark) and offers each object to
 * the intake. Safe for a single replica only: two would take the same objects.
 */
@ApplicationScoped
public class PollingDistribution {

    private final boolean enabled;
    private final BucketIntake intake;

    PollingDistribution(BucketConfig config, BucketLocation location, BucketIntake intake) {
        this.enabled = location.isS3() && !config.s3().keyQueue().enabled();
        this.intake = intake;
    }

    @Scheduled(every = "${newsflow.bucket.s3.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!enabled) {
            return;
        }
        try {
            intake.offerListed();
        } catch (BucketException e) {
            Log.warnf("Listing the bucket failed, retried at the next poll: %s", e.getMessage());
        }
    }
}
