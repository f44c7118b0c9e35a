package dev.newsflow.ingest.bucket.s3;

import dev.newsflow.ingest.bucket.config.BucketConfig;
import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.service.BucketAdapter;
import dev.newsflow.ingest.bucket.service.QuarantineAfterAttempts;
import dev.newsflow.ingest.post.service.PostIngestor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * An S3 bucket for the intake: objects taken as listed, and quarantined with their last error once their reads or
 * moves failed {@code newsflow.bucket.s3.max-attempts} times.
 */
@ApplicationScoped
public class S3Adapter {

    @Produces
    @Singleton
    BucketAdapter s3(BucketLocation location, S3Bucket bucket, PostIngestor ingestor, BucketConfig config) {
        return new BucketAdapter(location.isS3(), bucket, new ListedObjectLock(),
                new QuarantineAfterAttempts(config.s3().maxAttempts(), ingestor, bucket));
    }
}
