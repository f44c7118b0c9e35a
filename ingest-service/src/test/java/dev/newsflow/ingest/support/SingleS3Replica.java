package dev.newsflow.ingest.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** One S3 replica with the key queue off: it lists the bucket and takes every object itself. */
public class SingleS3Replica implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsflow.bucket.s3.key-queue.enabled", "false");
    }
}
