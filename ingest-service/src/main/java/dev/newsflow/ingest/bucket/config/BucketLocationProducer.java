package dev.newsflow.ingest.bucket.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Where the bucket is, read once from the configuration. */
@ApplicationScoped
public class BucketLocationProducer {

    @Produces
    @Singleton
    BucketLocation location(BucketConfig config) {
        return BucketLocation.of(config);
    }
}
