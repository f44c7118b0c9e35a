package dev.newsflow.ingest.bucket;

import dev.newsflow.ingest.concurrent.Threads;
import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.ingest.post.domain.IngestOutcome;
import dev.newsflow.ingest.post.domain.PostKeys;
import dev.newsflow.ingest.post.domain.PostRejectedException;
import dev.newsflow.ingest.post.domain.PostSizeLimit;
import dev.newsflow.ingest.post.service.IngestMetrics;
import dev.newsflow.ingest.post.service.PostIngestor;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Takes the objects of an S3 bucket's {@code incoming/}: lists it on an interval (what is still there is pending,
 * so no watermark), ingests each object on a worker and moves it to {@code processed/} or {@code rejected/} only
 * after Kafka acknowledged its event, on a mover thread (never on Kafka's I/O thread). An object whose reads or moves keep failing is quarantined with the last error
 * after {@code newsflow.bucket.s3.max-attempts}; a Kafka outage costs no attempts.
 */
@ApplicationScoped
public class S3Intake {

    private final boolean enabled;
    private final Instance<S3Bucket> buckets;
    private final PostIngestor ingestor;
    private final PostSizeLimit sizeLimit;
    private final IngestMetrics metrics;
    private final int maxAttempts;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();
    private final Semaphore inFlight;
    private final ExecutorService workers;
    private final ExecutorService movers;

    S3Intake(BucketConfig config, BucketLocation location, Instance<S3Bucket> buckets, PostIngestor ingestor, PostSizeLimit sizeLimit,
            IngestMetrics metrics) {
        this.enabled = location.isS3() && !config.s3().keyQueue().enabled();
        this.buckets = buckets;
        this.ingestor = ingestor;
        this.sizeLimit = sizeLimit;
        this.metrics = metrics;
        this.maxAttempts = config.s3().maxAttempts();
        this.inFlight = new Semaphore(config.maxInFlight());
        this.workers = Executors.newFixedThreadPool(config.workers(), Threads.named("s3-worker"));
        this.movers = Executors.newFixedThreadPool(2 * config.workers(), Threads.named("s3-mover"));
    }

    /** Lists {@code incoming/} and takes every object not already being handled (without key-queue coordination). */
    @Scheduled(every = "${newsflow.bucket.s3.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!enabled) {
            return;
        }
        try {
            for (S3Bucket.Entry entry : buckets.get().listIncoming()) {
                if (pending.add(entry.key())) {
                    take(entry).whenComplete((handled, failure) -> pending.remove(entry.key()));
                }
            }
        } catch (BucketException e) {
            Log.warnf("Listing the bucket failed, retried at the next poll: %s", e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        movers.shutdown();
        movers.awaitTermination(5, TimeUnit.SECONDS);
    }

    /**
     * Takes one object on a worker: reads it, publishes its article or rejection and, once Kafka acknowledged, moves
     * it. Completes with true when the object is done with (moved, or gone since it was listed), false when it is
     * still in {@code incoming/} and must be taken again later (a failed read or move, or no acknowledgement).
     */
    public CompletableFuture<Boolean> take(S3Bucket.Entry entry) {
        if (isAbandoned(entry)) {
            return CompletableFuture.completedFuture(true);
        }
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        try {
            workers.execute(() -> start(entry, done));
        } catch (RejectedExecutionException shuttingDown) {
            done.complete(false);
        }
        return done;
    }

    private void start(S3Bucket.Entry entry, CompletableFuture<Boolean> done) {
        try {
            CompletableFuture<IngestOutcome> outcome = ingest(entry);
            if (outcome == null) {
                Log.debugf("%s is gone from incoming/ since it was listed", entry.key());
                done.complete(true);
                return;
            }
            metrics.fileSeen();
            inFlight.acquire();
            outcome.whenComplete((published, failure) -> inFlight.release())
                    .whenCompleteAsync((published, failure) -> done.complete(settle(entry.key(), published, failure)),
                            movers);
        } catch (BucketException e) {
            failed(entry.key(), e);
            done.complete(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.complete(false);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    /** Starts the ingestion of the object, or returns null when it is gone (moved since it was listed). */
    private CompletableFuture<IngestOutcome> ingest(S3Bucket.Entry entry) {
        S3Bucket bucket = buckets.get();
        Optional<String> badKey = PostKeys.problemWith(entry.key());
        if (badKey.isPresent()) {
            return ingestor.reject(entry.key(), ContentHash.of(entry.key().getBytes(StandardCharsets.UTF_8)),
                    new PostRejectedException("the object key is not accepted: " + badKey.get()));
        }
        try {
            sizeLimit.check(entry.size());
        } catch (PostRejectedException tooLarge) {
            return ingestor.reject(entry.key(), hashOf(bucket, entry.key()), tooLarge);
        }
        Optional<byte[]> read = bucket.read(entry.key(), (int) Math.min(Integer.MAX_VALUE - 8, sizeLimit.maxBytes() + 1));
        if (read.isEmpty()) {
            return null;
        }
        byte[] content = read.get();
        try {
            sizeLimit.check(content.length);
        } catch (PostRejectedException grew) {
            return ingestor.reject(entry.key(), hashOf(bucket, entry.key()), grew);
        }
        return ingestor.ingest(entry.key(), content);
    }

    private boolean settle(String key, IngestOutcome outcome, Throwable failure) {
        try {
            if (failure != null) {
                Log.warnf("Kafka did not acknowledge the event of %s; it stays in incoming/ and is retried: %s", key,
                        failure.getMessage());
                return false;
            }
            if (outcome instanceof IngestOutcome.Rejected rejected) {
                buckets.get().quarantine(key, rejected.rejection());
            } else {
                buckets.get().markProcessed(key);
            }
            failures.remove(key);
            return true;
        } catch (BucketException e) {
            failed(key, e);
            return false;
        }
    }

    /**
     * Counts a failed read or move of {@code key}; at the budget, the object is quarantined with the error, once: a
     * take that fails after another has spent the budget leaves the quarantine to that one.
     */
    private void failed(String key, BucketException e) {
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
                + " attempts: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
        ingestor.reject(key, ContentHash.of(key.getBytes(StandardCharsets.UTF_8)), reason).whenComplete((done, failure) -> {
            if (done instanceof IngestOutcome.Rejected rejected) {
                try {
                    buckets.get().quarantine(key, rejected.rejection());
                    abandoned.remove(key);
                } catch (BucketException again) {
                    Log.errorf("Cannot quarantine %s either; it stays in incoming/ and is left alone until a restart: %s",
                            key, again.getMessage());
                }
            }
        });
    }

    /** Whether the object's attempts are spent and it could not even be quarantined: it is not taken again. */
    private boolean isAbandoned(S3Bucket.Entry entry) {
        return abandoned.contains(entry.key());
    }

    private static String hashOf(S3Bucket bucket, String key) {
        try (InputStream in = bucket.open(key)) {
            return ContentHash.of(in);
        } catch (IOException e) {
            throw new BucketException("Cannot read " + key, e);
        }
    }
}
