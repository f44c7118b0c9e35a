package dev.newsflow.ingest.bucket.s3;

import dev.newsflow.ingest.bucket.config.BucketConfig;
import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.service.BucketAdapter;
import dev.newsflow.ingest.bucket.service.FailurePolicy;
import dev.newsflow.ingest.bucket.service.QuarantineAfterAttempts;
import dev.newsflow.ingest.bucket.service.ReadLock;
import dev.newsflow.ingest.post.service.PostIngestor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An S3 bucket for the intake: objects taken as listed, and quarantined with their last error once their reads or
 * moves failed {@code newsflow.bucket.s3.max-attempts} times.
 */
@ApplicationScoped
public class S3Adapter implements BucketAdapter {

    private final boolean configured;
    private final S3Bucket bucket;
    private final ReadLock readLock = new ListedObjectLock();
    private final FailurePolicy failurePolicy;

    S3Adapter(BucketLocation location, S3Bucket bucket, PostIngestor ingestor, BucketConfig config) {
        this.configured = location.isS3();
        this.bucket = bucket;
        this.failurePolicy = new QuarantineAfterAttempts(config.s3().maxAttempts(), ingestor, bucket);
    }

    @Override
    public boolean isConfigured() {
        return configured;
    }

    @Override
    public Bucket bucket() {
        return bucket;
    }

    @Override
    public ReadLock readLock() {
        return readLock;
    }

    @Override
    public FailurePolicy failurePolicy() {
        return failurePolicy;
    }
}
