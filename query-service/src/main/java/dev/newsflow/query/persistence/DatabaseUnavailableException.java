package dev.newsflow.query.persistence;

/** The database cannot be reached or cannot take work now; the same write may succeed later. */
public class DatabaseUnavailableException extends RuntimeException {

    /** The database was unavailable, as {@code cause} says. */
    public DatabaseUnavailableException(Throwable cause) {
        super(DatabaseFailures.reason(cause), cause);
    }
}
