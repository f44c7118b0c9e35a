package dev.newsflow.ingest.bucket.rest;

/** The answer to a retry: the bucket key the post will be read from, e.g. {@code incoming/2026/gold.md}. */
public record RetryAccepted(String bucketKey) {
}
