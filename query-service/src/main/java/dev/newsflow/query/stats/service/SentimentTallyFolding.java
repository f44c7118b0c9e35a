package dev.newsflow.query.stats.service;

import dev.newsflow.query.stats.persistence.SentimentTallies;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/** Folds the sentiment tally's rows now and then, when rows were added since the last fold. */
@ApplicationScoped
public class SentimentTallyFolding {

    private static final Logger LOG = Logger.getLogger(SentimentTallyFolding.class);

    private final SentimentTallies tallies;
    private final AtomicLong foldedUpTo = new AtomicLong(-1);

    SentimentTallyFolding(SentimentTallies tallies) {
        this.tallies = tallies;
    }

    /** Folds the tally when rows were added since this replica last folded it. */
    @Scheduled(every = "${newsflow.query.sentiment-fold-every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void foldWhenChanged() {
        long last = foldedUpTo.get();
        if (last >= 0 && !tallies.addedAfter(last)) {
            return;
        }
        int rows = tallies.fold();
        if (rows >= 0) {
            foldedUpTo.set(tallies.lastRow());
            LOG.debugf("sentiment tally folded into %d rows", rows);
        }
    }
}
