package dev.newsflow.query.post.service;

import dev.newsflow.query.persistence.DatabaseFailures;
import dev.newsflow.query.persistence.DatabaseUnavailableException;
import dev.newsflow.query.post.domain.StageEvent;
import dev.newsflow.query.post.persistence.StageRepository;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Stores the stages of a batch in one transaction (a record stored before is not stored again), waiting for the
 * database as long as it is down, like the materializer; a write the database refuses is thrown to the caller.
 */
@ApplicationScoped
public class StoryRecorder {

    private final StageRepository stages;

    StoryRecorder(StageRepository stages) {
        this.stages = stages;
    }

    /** Stores {@code batch}; returns how many of its stages were new. */
    @Retry(retryOn = DatabaseUnavailableException.class, maxRetries = -1, maxDuration = 0, delay = 250, jitter = 0)
    @ExponentialBackoff(factor = 2, maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public int record(List<StageEvent> batch) {
        try {
            return stages.insert(batch);
        } catch (RuntimeException failure) {
            RuntimeException classified = DatabaseFailures.classify(failure);
            if (classified instanceof DatabaseUnavailableException unavailable) {
                Log.warnf("The database is unavailable (%s); storing the stages again", unavailable.getMessage());
            }
            throw classified;
        }
    }
}
