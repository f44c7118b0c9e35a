package dev.newsflow.ingest.bucket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Where the bucket is, read once from the configuration, and the {@link Bucket} there: the folder (default) or S3. */
@ApplicationScoped
public class BucketProducer {

    @Produces
    @Singleton
    BucketLocation location(BucketConfig config) {
        return BucketLocation.of(config);
    }

    @Produces
    @ApplicationScoped
    Bucket bucket(BucketLocation location, Instance<FolderBucket> folder, Instance<S3Bucket> s3) {
        return location.isS3() ? s3.get() : folder.get();
    }
}
