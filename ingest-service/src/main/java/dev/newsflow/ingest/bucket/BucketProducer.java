package dev.newsflow.ingest.bucket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** The {@link Bucket} that {@code newsflow.bucket.url} names: the folder (default) or the S3 bucket. */
@ApplicationScoped
public class BucketProducer {

    @Produces
    @ApplicationScoped
    Bucket bucket(BucketConfig config, Instance<FolderBucket> folder, Instance<S3Bucket> s3) {
        return BucketLocation.of(config).isS3() ? s3.get() : folder.get();
    }
}
