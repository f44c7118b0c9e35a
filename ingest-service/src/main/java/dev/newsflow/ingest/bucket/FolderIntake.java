package dev.newsflow.ingest.bucket;

import dev.newsflow.ingest.concurrent.Threads;
import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.ingest.post.domain.IngestOutcome;
import dev.newsflow.ingest.post.domain.PostKeys;
import dev.newsflow.ingest.post.domain.PostRejectedException;
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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
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
 * Takes files offered from {@code incoming/} once they are complete, ingests each on a worker, and moves it to
 * {@code processed/} or {@code rejected/} only after Kafka acknowledged its event; a file is handled once at a time.
 */
@Startup
@ApplicationScoped
public class FolderIntake {

    private final FolderBucket bucket;
    private final PostIngestor ingestor;
    private final PostSizeLimit sizeLimit;
    private final IngestMetrics metrics;
    private final Duration settleTime;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Semaphore inFlight;
    private final ExecutorService workers;
    private final ExecutorService settlers;
    private final ScheduledExecutorService delays;

    FolderIntake(FolderBucket bucket, PostIngestor ingestor, PostSizeLimit sizeLimit, IngestMetrics metrics,
            BucketConfig config, MeterRegistry registry) {
        this.bucket = bucket;
        this.ingestor = ingestor;
        this.sizeLimit = sizeLimit;
        this.metrics = metrics;
        this.settleTime = config.settleTime();
        this.inFlight = new Semaphore(config.maxInFlight());
        this.workers = Executors.newFixedThreadPool(config.workers(), Threads.named("ingest-worker"));
        this.settlers = Executors.newSingleThreadExecutor(Threads.named("ingest-settler"));
        this.delays = Executors.newSingleThreadScheduledExecutor(Threads.named("ingest-delay"));
        Gauge.builder("newsflow.ingest.files.pending", pending, Set::size)
                .description("Files queued, settling or waiting for Kafka's acknowledgement").strongReference(true)
                .register(registry);
    }

    /** Queues the entry at {@code path} under {@code incoming/} unless it is ignored or already being handled. */
    public void offer(Path path) {
        if (PostKeys.isIgnored(path.getFileName().toString())) {
            return;
        }
        String key = bucket.keyOf(path);
        if (pending.add(key)) {
            submit(key);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        delays.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        settlers.shutdown();
        settlers.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void submit(String key) {
        try {
            workers.execute(() -> take(key));
        } catch (RejectedExecutionException shuttingDown) {
            pending.remove(key);
        }
    }

    private void take(String key) {
        boolean handedOver = false;
        try {
            Path path = bucket.incomingPath(key);
            BasicFileAttributes before = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (before.isDirectory()) {
                return;
            }
            Duration age = Duration.between(before.lastModifiedTime().toInstant(), Instant.now());
            if (age.compareTo(settleTime) < 0) {
                delays.schedule(() -> submit(key), settleTime.minus(age).toMillis() + 1, TimeUnit.MILLISECONDS);
                handedOver = true;
                return;
            }
            metrics.fileSeen();
            CompletableFuture<IngestOutcome> outcome = ingest(key, path, before);
            if (outcome == null) {
                delays.schedule(() -> submit(key), settleTime.toMillis(), TimeUnit.MILLISECONDS);
                handedOver = true;
                return;
            }
            inFlight.acquire();
            handedOver = true;
            outcome.whenComplete((done, failure) -> inFlight.release())
                    .whenCompleteAsync((done, failure) -> settle(key, before, done, failure), settlers);
        } catch (NoSuchFileException gone) {
            Log.debugf("%s disappeared before it was taken", key);
        } catch (IOException | BucketException e) {
            Log.warnf("Cannot take %s now, will retry on the next rescan: %s", key, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!handedOver) {
                pending.remove(key);
            }
        }
    }

    /** Starts the ingestion of the file, or returns null when it changed while being read. */
    private CompletableFuture<IngestOutcome> ingest(String key, Path path, BasicFileAttributes attributes)
            throws IOException {
        if (attributes.isSymbolicLink()) {
            String target = Files.readSymbolicLink(path).toString();
            return ingestor.reject(key, ContentHash.of(target.getBytes(StandardCharsets.UTF_8)),
                    new PostRejectedException("symbolic links are not accepted: the post must be a regular file, "
                            + "not a link to " + target));
        }
        if (!attributes.isRegularFile()) {
            return ingestor.reject(key, ContentHash.of(new byte[0]),
                    new PostRejectedException("not a regular file: the post must be a regular file"));
        }
        try {
            sizeLimit.check(attributes.size());
        } catch (PostRejectedException tooLarge) {
            return ingestor.reject(key, hashOf(path), tooLarge);
        }
        byte[] content = Files.readAllBytes(path);
        if (content.length != attributes.size()) {
            return null;
        }
        return ingestor.ingest(key, content);
    }

    private void settle(String key, BasicFileAttributes taken, IngestOutcome outcome, Throwable failure) {
        boolean retake = false;
        try {
            if (failure != null) {
                Log.warnf("Kafka did not acknowledge the event of %s; it stays in incoming/ and is retried on the next "
                        + "rescan: %s", key, failure.getMessage());
                return;
            }
            if (!unchangedSince(key, taken)) {
                Log.infof("%s changed while it was being published; it is taken again", key);
                retake = true;
                return;
            }
            if (outcome instanceof IngestOutcome.Rejected rejected) {
                bucket.quarantine(key, rejected.rejection());
            } else {
                bucket.markProcessed(key);
            }
        } catch (BucketException e) {
            Log.errorf(e, "Cannot move %s out of incoming/; it is retried on the next rescan", key);
        } finally {
            pending.remove(key);
            if (retake) {
                offer(bucket.incomingPath(key));
            }
        }
    }

    private boolean unchangedSince(String key, BasicFileAttributes taken) {
        try {
            BasicFileAttributes now = Files.readAttributes(bucket.incomingPath(key), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return now.size() == taken.size() && now.lastModifiedTime().equals(taken.lastModifiedTime())
                    && Objects.equals(now.fileKey(), taken.fileKey());
        } catch (IOException e) {
            return false;
        }
    }

    private static String hashOf(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            return ContentHash.of(in);
        }
    }
}
