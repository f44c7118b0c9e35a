package dev.newsflow.ingest.bucket.folder;

import dev.newsflow.ingest.bucket.config.BucketConfig;
import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.service.BucketAdapter;
import dev.newsflow.ingest.bucket.service.FailurePolicy;
import dev.newsflow.ingest.bucket.service.ReadLock;
import dev.newsflow.ingest.bucket.service.RetryOnRescan;
import jakarta.enterprise.context.ApplicationScoped;

/** A folder bucket for the intake: files taken once settled, and retried on the next rescan when they cannot be. */
@ApplicationScoped
public class FolderAdapter implements BucketAdapter {

    private final boolean configured;
    private final FolderBucket bucket;
    private final ReadLock readLock;
    private final FailurePolicy failurePolicy = new RetryOnRescan();

    FolderAdapter(BucketLocation location, FolderBucket bucket, BucketConfig config) {
        this.configured = !location.isS3();
        this.bucket = bucket;
        this.readLock = new SettledFileLock(bucket, config.settleTime());
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
