package dev.newsflow.platform.warmup;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.PausableChannel;
import java.util.List;

/**
 * One training run: the tasks round after round until the configured rounds or time are used up, an exception or
 * nothing to do, and then, whatever happened, the held-back channels resumed.
 */
final class TrainingRun {

    private final WarmUpConfig config;
    private final List<WarmUpTask> tasks;
    private final List<PausableChannel> heldBack;

    TrainingRun(WarmUpConfig config, List<WarmUpTask> tasks, List<PausableChannel> heldBack) {
        this.config = config;
        this.tasks = List.copyOf(tasks);
        this.heldBack = List.copyOf(heldBack);
    }

    /** Runs it on this thread, from {@code startedAt} (a {@link System#nanoTime()}). */
    WarmUpResult run(long startedAt) {
        int round = 0;
        String outcome;
        if (!config.enabled()) {
            outcome = "off";
        } else if (tasks.isEmpty()) {
            outcome = "nothing to train";
        } else {
            outcome = "done";
            long deadline = startedAt + config.duration().toNanos();
            try {
                while (round < config.rounds()) {
                    if (System.nanoTime() - deadline >= 0) {
                        outcome = "stopped at its time limit of " + config.duration().toMillis() + " ms";
                        break;
                    }
                    for (WarmUpTask task : tasks) {
                        task.round(round);
                    }
                    round++;
                }
            } catch (RuntimeException e) {
                Log.warnf(e, "The training run stopped after %d rounds: %s", round, e.getMessage());
                outcome = "failed: " + e.getMessage();
            }
        }
        heldBack.forEach(PausableChannel::resume);
        return new WarmUpResult(round, (System.nanoTime() - startedAt) / 1_000_000, outcome);
    }
}
