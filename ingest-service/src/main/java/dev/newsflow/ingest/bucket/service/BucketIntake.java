package dev.newsflow.ingest.bucket.service;

import dev.newsflow.contracts.article.Via;
import dev.newsflow.ingest.bucket.config.BucketConfig;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.domain.BucketException;
import dev.newsflow.ingest.concurrent.Threads;
import dev.newsflow.ingest.post.domain.IngestOutcome;
import dev.newsflow.ingest.post.domain.PostKeys;
import dev.newsflow.ingest.post.domain.PostSizeLimit;
import dev.newsflow.ingest.post.service.IngestMetrics;
import dev.newsflow.ingest.post.service.PostIngestor;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one intake loop of every bucket: claims and reads a post through the bucket's {@link ReadLock}, parses and
 * publishes it on a worker and, only after Kafka acknowledged its event, commits it (moves it to {@code processed/} or
 * {@code rejected/}) on a mover thread, never on Kafka's I/O thread; failures go to the bucket's {@link FailurePolicy}.
 * Finders of posts {@link #offer} them (one take of a key at a time) or, deduplicating keys themselves, {@link #take}
 * them.
 */
@Startup
@ApplicationScoped
public class BucketIntake {

    private final Bucket bucket;
    private final ReadLock readLock;
    private final FailurePolicy failures;
    private final PostIngestor ingestor;
    private final PostReader reader;
    private final IngestMetrics metrics;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Semaphore inFlight;
    private final ExecutorService workers;
    private final ExecutorService movers;
    private final ScheduledExecutorService delays;

    BucketIntake(ConfiguredBucket configured, PostIngestor ingestor, PostSizeLimit sizeLimit, IngestMetrics metrics,
            BucketConfig config, MeterRegistry registry) {
        this.bucket = configured.adapter().bucket();
        this.readLock = configured.adapter().readLock();
        this.failures = configured.adapter().failurePolicy();
        this.ingestor = ingestor;
        this.reader = new PostReader(bucket, readLock, sizeLimit);
        this.metrics = metrics;
        this.inFlight = new Semaphore(config.maxInFlight());
        this.workers = Executors.newFixedThreadPool(config.workers(), Threads.named("ingest-worker"));
        this.movers = Executors.newFixedThreadPool(2 * config.workers(), Threads.named("ingest-mover"));
        this.delays = Executors.newSingleThreadScheduledExecutor(Threads.named("ingest-delay"));
        Gauge.builder("newsflow.ingest.files.pending", pending, Set::size)
                .description("Files queued, settling or waiting for Kafka's acknowledgement").strongReference(true)
                .register(registry);
    }

    /** Takes {@code entry} unless its name is ignored or a take of its key is under way. */
    public void offer(BucketEntry entry) {
        if (!PostKeys.isIgnoredKey(entry.key()) && pending.add(entry.key())) {
            take(entry).whenComplete((handled, failure) -> pending.remove(entry.key()));
        }
    }

    /** Offers every entry {@code incoming/} lists; fails with a {@link BucketException} when it cannot be listed. */
    public void offerListed() {
        bucket.listIncoming().forEach(this::offer);
    }

    /**
     * Takes one post on a worker. Completes with true when the post is done with (moved, or gone since it was
     * found), false when it is still in {@code incoming/} and must be taken again later (a failed read or move, or no
     * acknowledgement).
     */
    public CompletableFuture<Boolean> take(BucketEntry entry) {
        if (failures.isAbandoned(entry.key())) {
            return CompletableFuture.completedFuture(true);
        }
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        submit(entry, done);
        return done;
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        delays.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        movers.shutdown();
        movers.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void submit(BucketEntry entry, CompletableFuture<Boolean> done) {
        try {
            workers.execute(() -> attempt(entry, done));
        } catch (RejectedExecutionException shuttingDown) {
            done.complete(false);
        }
    }

    private void later(BucketEntry entry, CompletableFuture<Boolean> done, Duration delay) {
        try {
            delays.schedule(() -> submit(entry, done), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            done.complete(false);
        }
    }

    private void attempt(BucketEntry entry, CompletableFuture<Boolean> done) {
        try {
            Claim claim = reader.read(entry);
            if (claim instanceof Claim.Refused refused) {
                publish(entry, refused.claimed(),
                        ingestor.reject(entry.key(), refused.contentHash(), refused.problem(), Via.BUCKET),
                        done);
            } else if (claim instanceof Claim.Loaded loaded) {
                publish(entry, loaded.claimed(), ingestor.ingest(entry.key(), loaded.content(), Via.BUCKET), done);
            } else if (claim instanceof Claim.NotYet notYet) {
                later(entry, done, notYet.delay());
            } else {
                Log.debugf("%s is gone from incoming/ since it was found", entry.key());
                done.complete(true);
            }
        } catch (IOException | BucketException e) {
            failures.readFailed(entry.key(), e);
            done.complete(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.complete(false);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    private void publish(BucketEntry entry, Claim.Claimed claimed, CompletableFuture<IngestOutcome> outcome,
            CompletableFuture<Boolean> done) throws InterruptedException {
        metrics.fileSeen();
        inFlight.acquire();
        outcome.whenComplete((published, failure) -> inFlight.release())
                .whenCompleteAsync((published, failure) -> commit(entry, claimed, published, failure, done), movers);
    }

    /** Moves the post out of {@code incoming/} once Kafka acknowledged its event, unless it changed meanwhile. */
    private void commit(BucketEntry entry, Claim.Claimed claimed, IngestOutcome outcome, Throwable failure,
            CompletableFuture<Boolean> done) {
        String key = entry.key();
        try {
            if (failure != null) {
                Log.warnf("Kafka did not acknowledge the event of %s; it stays in incoming/ and is retried %s: %s", key,
                        failures.retried(), failure.getMessage());
                done.complete(false);
            } else if (!readLock.isUnchanged(claimed)) {
                Log.infof("%s changed while it was being published; it is taken again", key);
                submit(entry, done);
            } else {
                move(key, outcome);
                failures.succeeded(key);
                done.complete(true);
            }
        } catch (BucketException e) {
            failures.moveFailed(key, e);
            done.complete(false);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    private void move(String key, IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Rejected rejected) {
            bucket.quarantine(key, rejected.rejection());
        } else {
            bucket.markProcessed(key);
        }
    }
}
