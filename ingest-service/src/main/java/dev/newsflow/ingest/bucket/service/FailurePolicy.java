package dev.newsflow.ingest.bucket.service;

import dev.newsflow.ingest.bucket.domain.BucketException;

/**
 * What a failure outside the post itself (a read or move the bucket refused) costs a post: the rollback strategy of the
 * intake. The post stays in {@code incoming/} and is taken again; a policy may also give up on it.
 */
public interface FailurePolicy {

    /** When a post left in {@code incoming/} is taken again, for log lines ("on the next rescan"). */
    String retried();

    /** Whether the intake no longer takes {@code key}, its attempts spent. */
    default boolean isAbandoned(String key) {
        return false;
    }

    /** Reading the post at {@code key} failed. */
    void readFailed(String key, Exception e);

    /** Moving the post at {@code key} out of {@code incoming/} failed once its event was acknowledged. */
    void moveFailed(String key, BucketException e);

    /** The post at {@code key} was taken and moved. */
    default void succeeded(String key) {
    }
}
