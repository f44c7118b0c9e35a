package dev.newsflow.enrich.source.service;

import dev.newsflow.contracts.article.SourceCheck;
import dev.newsflow.contracts.article.SourceCheck.Verdict;
import dev.newsflow.enrich.source.domain.CitedLink;
import dev.newsflow.enrich.source.domain.SourceUrl;
import dev.newsflow.enrich.source.domain.SourceUrls;
import dev.newsflow.enrich.source.domain.UrlRefusedException;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Checks every cited link of an article, statically then live in parallel, within the article's time budget. */
@ApplicationScoped
public class SourceChecker {

    private final CachedFetcher fetcher;
    private final SourceMetrics metrics;
    private final FetchConfig config;
    private final Clock clock;
    private final ExecutorService pool;

    SourceChecker(CachedFetcher fetcher, SourceMetrics metrics, FetchConfig config, Clock clock) {
        this.fetcher = fetcher;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
        this.pool = Executors.newFixedThreadPool(config.maxConcurrency(), runnable -> {
            Thread thread = new Thread(runnable, "source-check");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One check per link, in the order of {@code links}. */
    public List<SourceCheck> check(List<CitedLink> links) {
        long deadline = System.nanoTime() + config.articleBudget().toNanos();
        List<CompletableFuture<SourceCheck>> pending = new ArrayList<>(links.size());
        for (CitedLink link : links) {
            pending.add(start(link));
        }
        List<SourceCheck> checks = new ArrayList<>(links.size());
        for (int i = 0; i < links.size(); i++) {
            SourceCheck check = await(pending.get(i), links.get(i), deadline);
            metrics.checked(check.verdict());
            checks.add(check);
        }
        return checks;
    }

    /**
     * The static checks alone, as when live checks are off: no request is sent and nothing is counted. For the
     * training run of start-up.
     */
    public List<SourceCheck> checkStatically(List<CitedLink> links) {
        List<SourceCheck> checks = new ArrayList<>(links.size());
        for (CitedLink link : links) {
            checks.add(start(link, false).join());
        }
        return checks;
    }

    private CompletableFuture<SourceCheck> start(CitedLink link) {
        return start(link, config.enabled());
    }

    private CompletableFuture<SourceCheck> start(CitedLink link, boolean live) {
        SourceUrl url;
        try {
            url = SourceUrls.normalize(link.url());
        } catch (UrlRefusedException e) {
            return CompletableFuture.completedFuture(new SourceCheck(link.url(), link.origin(), e.verdict(),
                    e.getMessage(), null, null, null, null, e.host(), clock.instant()));
        }
        if (!live) {
            return CompletableFuture.completedFuture(new SourceCheck(url.url(), link.origin(), Verdict.SKIPPED,
                    "live checks are off", null, null, null, null, url.host(), clock.instant()));
        }
        return CompletableFuture.supplyAsync(() -> live(url, link), pool);
    }

    private SourceCheck live(SourceUrl url, CitedLink link) {
        try {
            CachedFetcher.TimedResult timed = fetcher.fetch(url);
            FetchResult r = timed.result();
            return new SourceCheck(url.url(), link.origin(), r.verdict(), r.reason(), r.httpStatus(), r.finalUrl(),
                    r.pageTitle(), r.canonicalUrl(), url.host(), timed.checkedAt());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unfinished(url, link, "the check was interrupted");
        }
    }

    private SourceCheck await(CompletableFuture<SourceCheck> check, CitedLink link, long deadline) {
        try {
            return check.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return unfinished(link, "the check did not finish within the article's budget of "
                    + Duration.ofNanos(config.articleBudget().toNanos()).toSeconds() + " s");
        } catch (ExecutionException e) {
            return unfinished(link, "the check failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unfinished(link, "the check was interrupted");
        }
    }

    private SourceCheck unfinished(CitedLink link, String reason) {
        try {
            return unfinished(SourceUrls.normalize(link.url()), link, reason);
        } catch (UrlRefusedException e) {
            return new SourceCheck(link.url(), link.origin(), e.verdict(), e.getMessage(), null, null, null, null,
                    e.host(), clock.instant());
        }
    }

    private SourceCheck unfinished(SourceUrl url, CitedLink link, String reason) {
        return new SourceCheck(url.url(), link.origin(), Verdict.UNREACHABLE, reason, null, null, null, null,
                url.host(), clock.instant());
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
