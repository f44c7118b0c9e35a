package dev.newsflow.ingest.bucket.service;

import dev.newsflow.ingest.bucket.domain.Bucket;

/**
 * One kind of bucket with the strategies the intake runs it with.
 *
 * @param configured    whether this is the kind of bucket the configuration names
 * @param bucket        the bucket itself
 * @param readLock      how a post is claimed for reading and known unchanged when committed
 * @param failurePolicy what a failed read or move costs a post
 */
public record BucketAdapter(boolean configured, Bucket bucket, ReadLock readLock, FailurePolicy failurePolicy) {
}
