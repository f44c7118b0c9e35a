package dev.newsflow.ingest.bucket.service;

import dev.newsflow.ingest.bucket.domain.Bucket;

/** One kind of bucket the intake can take posts from: its storage and the strategies that differ between kinds. */
public interface BucketAdapter {

    /** Whether this is the kind of bucket the configuration names. */
    boolean isConfigured();

    /** The bucket itself. */
    Bucket bucket();

    /** How a post is claimed for reading and known unchanged when committed. */
    ReadLock readLock();

    /** What a failed read or move costs a post. */
    FailurePolicy failurePolicy();
}
