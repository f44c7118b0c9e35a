package dev.newsflow.ingest.post.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/** Prometheus metrics of ingest-service: files seen, posts published and rejected, parse and publish time. */
@ApplicationScoped
public class IngestMetrics {

    private final Counter filesSeen;
    private final Counter published;
    private final Counter rejected;
    private final Timer parseTime;
    private final Timer publishTime;

    IngestMetrics(MeterRegistry registry) {
        filesSeen = Counter.builder("newsflow.ingest.files.seen")
                .description("Files taken from incoming/").register(registry);
        published = Counter.builder("newsflow.ingest.posts.published")
                .description("Posts whose article event Kafka acknowledged").register(registry);
        rejected = Counter.builder("newsflow.ingest.posts.rejected")
                .description("Posts rejected with a reason").register(registry);
        parseTime = Timer.builder("newsflow.ingest.parse.time")
                .description("Time to parse one post").register(registry);
        publishTime = Timer.builder("newsflow.ingest.publish.time")
                .description("Time from send to Kafka's acknowledgement of one article event").register(registry);
    }

    /** Counts a file taken from {@code incoming/}. */
    public void fileSeen() {
        filesSeen.increment();
    }

    /** Counts an acknowledged article event that took {@code nanos} to publish. */
    public void published(long nanos) {
        published.increment();
        publishTime.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Counts an acknowledged rejection. */
    public void rejected() {
        rejected.increment();
    }

    /** Runs a parse and records its time, whether it succeeds or rejects. */
    public <T, E extends Exception> T timeParse(ThrowingSupplier<T, E> parse) throws E {
        long start = System.nanoTime();
        try {
            return parse.get();
        } finally {
            parseTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** A supplier that may throw a checked exception. */
    @FunctionalInterface
    public interface ThrowingSupplier<T, E extends Exception> {
        T get() throws E;
    }
}
