package dev.newsflow.ingest.bucket.service;

import dev.newsflow.contracts.article.Via;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.domain.BucketException;
import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.ingest.post.domain.IngestOutcome;
import dev.newsflow.ingest.post.domain.PostRejectedException;
import dev.newsflow.ingest.post.service.PostIngestor;
import io.quarkus.logging.Log;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A post whose reads or moves keep failing is quarantined with the last error after {@code maxAttempts} failures; one
 * that cannot even be quarantined is left alone until a restart. A Kafka outage costs no attempts.
 */
public class QuarantineAfterAttempts implements FailurePolicy {

    private final int maxAttempts;
    private final PostIngestor ingestor;
    private final Bucket bucket;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();

    /** Quarantines a post of {@code bucket} through {@code ingestor} at its {@code maxAttempts}-th failure. */
    public QuarantineAfterAttempts(int maxAttempts, PostIngestor ingestor, Bucket bucket) {
        this.maxAttempts = maxAttempts;
        this.ingestor = ingestor;
        this.bucket = bucket;
    }

    @Override
    public String retried() {
        return "at the next poll";
    }

    @Override
    public boolean isAbandoned(String key) {
        return abandoned.contains(key);
    }

    @Override
    public void readFailed(String key, Exception e) {
        failed(key, e);
    }

    @Override
    public void moveFailed(String key, BucketException e) {
        failed(key, e);
    }

    @Override
    public void succeeded(String key) {
        failures.remove(key);
    }

    /**
     * Counts a failed read or move of {@code key}; at the budget, the post is quarantined with the error, once: a
     * take that fails after another has spent the budget leaves the quarantine to that one.
     */
    private void failed(String key, Exception e) {
        int attempts = failures.merge(key, 1, Integer::sum);
        if (attempts < maxAttempts) {
            Log.warnf("Attempt %d of %d at %s failed, retried at the next poll: %s", attempts, maxAttempts, key,
                    e.getMessage());
            return;
        }
        if (attempts > maxAttempts) {
            return;
        }
        failures.remove(key);
        abandoned.add(key);
        Log.errorf("%s failed %d times; quarantining it: %s", key, attempts, e.getMessage());
        PostRejectedException reason = new PostRejectedException("the object could not be taken after " + attempts
                + " attempts: " + e.getMessage()
                + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
        ingestor.reject(key, ContentHash.of(key.getBytes(StandardCharsets.UTF_8)), reason, Via.BUCKET)
                .whenComplete((done, failure) -> {
                    if (done instanceof IngestOutcome.Rejected rejected) {
                        quarantine(key, rejected);
                    }
                });
    }

    private void quarantine(String key, IngestOutcome.Rejected rejected) {
        try {
            bucket.quarantine(key, rejected.rejection());
            abandoned.remove(key);
        } catch (BucketException again) {
            Log.errorf("Cannot quarantine %s either; it stays in incoming/ and is left alone until a restart: %s",
                    key, again.getMessage());
        }
    }
}
