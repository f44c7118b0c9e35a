package dev.newsflow.platform.warmup;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The training run at start-up: on a thread of its own, the service's {@link WarmUpTask}s run round after round on
 * built-in samples (see {@link WarmUpConfig}), and only then are the held-back incoming channels resumed; readiness
 * waits for it ({@link WarmUpCheck}). On two cores the JIT otherwise compiles the hot code while the first thousands
 * of records wait.
 */
@ApplicationScoped
public class WarmUp {

    private final WarmUpConfig config;
    private final Instance<WarmUpTask> tasks;
    private final Instance<ChannelRegistry> registry;
    private volatile WarmUpResult result;
    private volatile long startedAt = System.nanoTime();

    WarmUp(WarmUpConfig config, Instance<WarmUpTask> tasks, Instance<ChannelRegistry> registry) {
        this.config = config;
        this.tasks = tasks;
        this.registry = registry;
    }

    /** After the messaging channels are wired (their own start-up observer has a lower priority value). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        startedAt = System.nanoTime();
        TrainingRun run = new TrainingRun(config, tasks.stream().toList(), heldBack());
        Thread thread = new Thread(() -> finish(run.run(startedAt)), "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The training run's outcome, or empty while it runs. */
    public Optional<WarmUpResult> result() {
        return Optional.ofNullable(result);
    }

    /** Milliseconds since the training run started. */
    public long elapsedMillis() {
        return (System.nanoTime() - startedAt) / 1_000_000;
    }

    private List<PausableChannel> heldBack() {
        List<PausableChannel> channels = new ArrayList<>();
        for (String name : config.channels().orElse(List.of())) {
            PausableChannel channel = registry.isResolvable() ? registry.get().getPausable(name) : null;
            if (channel == null) {
                Log.warnf("Channel %s is not pausable, so it does not wait for the training run", name);
            } else {
                channels.add(channel);
            }
        }
        return channels;
    }

    private void finish(WarmUpResult outcome) {
        result = outcome;
        if (outcome.rounds() > 0) {
            Log.infof("Training run: %d rounds in %d ms (%s); consumers resumed", outcome.rounds(), outcome.millis(),
                    outcome.outcome());
        }
    }
}
