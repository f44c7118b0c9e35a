package dev.newsflow.query.article.service;

import dev.newsflow.query.article.domain.ServedRevision;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Waits, without holding a thread, until the read model serves an article at a revision: it checks the database (one
 * lookup by key, on a worker thread), then sleeps until this replica commits a change of the article or
 * {@link #RECHECK} passed (another replica may have stored it), and checks again, until the wait runs out.
 */
@ApplicationScoped
public class ArticleWaits {

    /** How long a waiting request goes without checking the database. */
    static final Duration RECHECK = Duration.ofMillis(250);

    private final ArticleService articles;
    private final ArticleSignals signals;

    ArticleWaits(ArticleService articles, ArticleSignals signals) {
        this.articles = articles;
        this.signals = signals;
    }

    /**
     * What the read model serves of {@code id}, as soon as it is at least {@code minRevision} (any revision, when
     * null; served or retracted), or when {@code wait} ran out; empty when it has nothing of that id.
     */
    public Uni<Optional<ServedRevision>> await(String id, Integer minRevision, Duration wait) {
        return check(id, minRevision, System.nanoTime() + wait.toNanos());
    }

    private Uni<Optional<ServedRevision>> check(String id, Integer minRevision, long deadline) {
        return Uni.createFrom().item(() -> articles.served(id))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(served -> {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || served.filter(s -> s.reaches(minRevision)).isPresent()) {
                        return Uni.createFrom().item(served);
                    }
                    return signals.next(id, Duration.ofNanos(Math.min(left, RECHECK.toNanos())))
                            .flatMap(woken -> check(id, minRevision, deadline));
                });
    }
}
