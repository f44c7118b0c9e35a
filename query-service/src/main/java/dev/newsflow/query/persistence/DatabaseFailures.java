package dev.newsflow.query.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Reads what a failed database call says: whether the database was unavailable (by exception type and SQLSTATE class,
 * never by message text) and, in one short line, why it refused the call.
 */
public final class DatabaseFailures {

    /** SQLSTATE classes of a database that cannot be reached or cannot take work now. */
    private static final List<String> UNAVAILABLE_STATES = List.of("08", "53", "57P");
    private static final int LONGEST = 300;

    private DatabaseFailures() {
    }

    /**
     * {@code failure} as a {@link DatabaseUnavailableException} when it says the database was unreachable, down,
     * out of resources or the pool timed out waiting for a connection (the pool's {@link TimeoutException});
     * otherwise {@code failure} itself, such as a refusal of the data.
     */
    public static RuntimeException classify(RuntimeException failure) {
        return isUnavailable(failure) ? new DatabaseUnavailableException(failure) : failure;
    }

    /**
     * PostgreSQL's own message and SQLSTATE for {@code failure} (for example {@code index row size 3016 exceeds btree
     * version 4 maximum 2704 for index "article_category" (SQLSTATE 54000)}), without the statement and values that
     * Hibernate's message carries; the failure's own first line when no SQL error is in it.
     */
    public static String reason(Throwable failure) {
        SQLException sql = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException found) {
                sql = found;
            }
        }
        if (sql == null) {
            return firstLine(String.valueOf(failure.getMessage()));
        }
        while (sql.getNextException() != null) {
            sql = sql.getNextException();
        }
        String message = firstLine(String.valueOf(sql.getMessage())).replaceFirst("^ERROR: ", "");
        return sql.getSQLState() == null ? message : message + " (SQLSTATE " + sql.getSQLState() + ")";
    }

    private static boolean isUnavailable(Throwable failure) {
        return chain(failure).stream().anyMatch(t -> t instanceof ConnectException
                || t instanceof TimeoutException
                || t instanceof SQLTransientException
                || t instanceof JDBCConnectionException
                || t instanceof SQLException sql && unavailableState(sql.getSQLState()));
    }

    private static boolean unavailableState(String state) {
        return state != null && UNAVAILABLE_STATES.stream().anyMatch(state::startsWith);
    }

    /** {@code failure}, its causes, and the exceptions chained to each SQL exception among them. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                sql.forEach(chain::add);
            } else {
                chain.add(t);
            }
        }
        return chain;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() <= LONGEST ? line : line.substring(0, LONGEST) + "…";
    }
}
