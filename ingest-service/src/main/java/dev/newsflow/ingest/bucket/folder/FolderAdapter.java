package dev.newsflow.ingest.bucket.folder;

import dev.newsflow.ingest.bucket.config.BucketConfig;
import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.service.BucketAdapter;
import dev.newsflow.ingest.bucket.service.RetryOnRescan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** A folder bucket for the intake: files taken once settled, and retried on the next rescan when they cannot be. */
@ApplicationScoped
public class FolderAdapter {

    @Produces
    @Singleton
    BucketAdapter folder(BucketLocation location, FolderBucket bucket, BucketConfig config) {
        return new BucketAdapter(!location.isS3(), bucket, new SettledFileLock(bucket, config.settleTime()),
                new RetryOnRescan());
    }
}
