package dev.newsflow.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for the stack, the way the end-to-end tests do: poll every 250 ms, fail naming what was awaited. */
final class Waits {

    /** How long the stack may take to reach a state. */
    static final Duration PATIENCE = Duration.ofMinutes(3);

    private Waits() {
    }

    /** Returns once {@code condition} holds; fails after {@link #PATIENCE}, saying it waited until {@code what}. */
    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + PATIENCE.toSeconds() + " s waiting until " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
