package dev.newsflow.ingest.bucket.health;

import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.domain.BucketException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the bucket: its folders are there and writable, or its S3 bucket answers. */
@Readiness
@ApplicationScoped
public class BucketHealthCheck implements HealthCheck {

    private final BucketLocation location;
    private final Bucket bucket;

    BucketHealthCheck(BucketLocation location, Bucket bucket) {
        this.location = location;
        this.bucket = bucket;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("bucket")
                .withData("location", location.toString());
        try {
            bucket.probe();
            return response.up().build();
        } catch (BucketException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
