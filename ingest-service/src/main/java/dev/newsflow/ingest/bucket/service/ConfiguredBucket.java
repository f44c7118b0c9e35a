package dev.newsflow.ingest.bucket.service;

import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/**
 * The adapter of the bucket the configuration names (the folder by default, or S3), and its {@link Bucket} as a bean.
 */
@ApplicationScoped
public class ConfiguredBucket {

    private final BucketAdapter adapter;

    ConfiguredBucket(BucketLocation location, Instance<BucketAdapter> adapters) {
        this.adapter = adapters.stream().filter(BucketAdapter::configured).findFirst()
                .orElseThrow(() -> new IllegalStateException("No bucket adapter takes " + location));
    }

    /** The adapter of the configured bucket. */
    public BucketAdapter adapter() {
        return adapter;
    }

    @Produces
    @ApplicationScoped
    Bucket bucket() {
        return adapter.bucket();
    }
}
