package dev.newsflow.query.article.service;

import dev.newsflow.query.article.domain.ArticleChange;
import dev.newsflow.query.article.service.ArticleMaterializer.Outcome;
import dev.newsflow.query.persistence.DatabaseFailures;
import dev.newsflow.query.persistence.DatabaseUnavailableException;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Materializes a batch, and while the database is unavailable tries again and again (each attempt its own
 * transaction, backing off from 250 ms to 10 s), so consumption pauses and resumes when the database is back; a write
 * the database refuses is not tried again but thrown to the caller. Once a batch committed, the requests waiting for
 * its articles are woken.
 */
@ApplicationScoped
public class RetryingMaterializer {

    private final ArticleMaterializer materializer;
    private final ArticleSignals signals;

    RetryingMaterializer(ArticleMaterializer materializer, ArticleSignals signals) {
        this.materializer = materializer;
        this.signals = signals;
    }

    /**
     * Applies {@code changes} as {@link ArticleMaterializer#apply} does, waiting for the database while it is down.
     */
    @Retry(retryOn = DatabaseUnavailableException.class, maxRetries = -1, maxDuration = 0, delay = 250, jitter = 0)
    @ExponentialBackoff(factor = 2, maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public Outcome apply(List<ArticleChange> changes) {
        try {
            Outcome outcome = materializer.apply(changes);
            signals.committed(changes.stream().map(ArticleChange::id).distinct().toList());
            return outcome;
        } catch (RuntimeException failure) {
            RuntimeException classified = DatabaseFailures.classify(failure);
            if (classified instanceof DatabaseUnavailableException unavailable) {
                Log.warnf("The database is unavailable (%s); trying the write again", unavailable.getMessage());
            }
            throw classified;
        }
    }
}
