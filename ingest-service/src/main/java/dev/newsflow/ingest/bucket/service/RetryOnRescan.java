package dev.newsflow.ingest.bucket.service;

import dev.newsflow.ingest.bucket.domain.BucketException;
import io.quarkus.logging.Log;

/** A post whose read or move failed stays in {@code incoming/} and is taken again on the next rescan, however often. */
public class RetryOnRescan implements FailurePolicy {

    @Override
    public String retried() {
        return "on the next rescan";
    }

    @Override
    public void readFailed(String key, Exception e) {
        Log.warnf("Cannot take %s now, will retry on the next rescan: %s", key, e.getMessage());
    }

    @Override
    public void moveFailed(String key, BucketException e) {
        Log.errorf(e, "Cannot move %s out of incoming/; it is retried on the next rescan", key);
    }
}
