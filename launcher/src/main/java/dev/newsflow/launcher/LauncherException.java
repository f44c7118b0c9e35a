package dev.newsflow.launcher;

/** A failure the launcher reports as one line a person understands ({@code bin/newsflow: error: ...}), then exits 1. */
public final class LauncherException extends RuntimeException {

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
