package dev.newsflow.enrich.source.service;

import dev.newsflow.enrich.source.domain.SourceUrl;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * Live checks cached per URL (bounded, with a TTL: {@code quarkus.cache.caffeine."source-checks".*}), so a source cited
 * by a thousand articles is fetched once; at most {@code per-host-concurrency} requests go to one host at a time.
 */
@ApplicationScoped
public class CachedFetcher {

    private final SourceFetcher fetcher;
    private final SourceMetrics metrics;
    private final Clock clock;
    private final int perHost;
    private final ConcurrentMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

    CachedFetcher(SourceFetcher fetcher, SourceMetrics metrics, FetchConfig config, Clock clock) {
        this.fetcher = fetcher;
        this.metrics = metrics;
        this.clock = clock;
        this.perHost = config.perHostConcurrency();
    }

    /** The live check of {@code url}, fetched on the first call and then served from the cache. */
    @CacheResult(cacheName = "source-checks")
    public TimedResult fetch(SourceUrl url) throws InterruptedException {
        Semaphore host = hosts.computeIfAbsent(url.host(), h -> new Semaphore(perHost));
        host.acquire();
        try {
            long start = System.nanoTime();
            FetchResult result = fetcher.fetch(url);
            metrics.fetched(System.nanoTime() - start);
            return new TimedResult(result, clock.instant());
        } finally {
            host.release();
        }
    }

    /** A live check and when it ran. */
    public record TimedResult(FetchResult result, Instant checkedAt) {
    }
}
