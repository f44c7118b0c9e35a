package dev.newsflow.platform.warmup;

/**
 * One round of a service's hot path on built-in samples, with no side effect outside the process, so that the JIT
 * compiles that code before the first real record arrives.
 */
public interface WarmUpTask {

    /** Runs round {@code round} (counting from 0); an exception ends the training run, not the service. */
    void round(int round);
}
