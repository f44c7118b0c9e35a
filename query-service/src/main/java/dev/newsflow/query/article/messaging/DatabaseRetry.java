package dev.newsflow.query.article.messaging;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;

/**
 * Runs a database write until it succeeds while the database is unreachable, backing off up to 10 s, so consumption
 * pauses (the batch is neither acked nor skipped) and resumes when the database is back.
 */
@ApplicationScoped
public class DatabaseRetry {

    private static final Duration FIRST = Duration.ofMillis(250);
    private static final Duration LONGEST = Duration.ofSeconds(10);

    /** Runs {@code write}, again and again while it fails because the database cannot be reached. */
    public void untilDone(Runnable write) {
        Duration backoff = FIRST;
        while (true) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                if (!isUnavailable(e)) {
                    throw e;
                }
                Log.warnf("The database is unavailable (%s); retrying in %d ms", rootMessage(e), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : backoff.multipliedBy(2);
            }
        }
    }

    /** Whether {@code failure} says the database is down or unreachable, not that the data is wrong. */
    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                    || sql.getSQLState().startsWith("57P") || sql.getSQLState().startsWith("53"))) {
                return true;
            }
            if (t.getClass().getName().endsWith("JDBCConnectionException")
                    || String.valueOf(t.getMessage()).contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
