package dev.newsflow.launcher.process;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.LauncherException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a process just launched to be ready, printing a dot per poll; if it exits or is not ready in time, shows
 * the tail of its log, stops it and fails saying which.
 */
public final class StartWatch {

    private static final long POLL_MILLIS = 200;

    private final Processes processes;
    private final StateFolder state;
    private final Console console;

    public StartWatch(Processes processes, StateFolder state, Console console) {
        this.processes = processes;
        this.state = state;
        this.console = console;
    }

    /**
     * Polls {@code ready} every 200 ms until it holds, printing a dot every {@code dot}; {@code what} names the
     * component in messages ("Kafka"), {@code notReady} says what did not happen ("did not open port 9092").
     */
    public void await(String name, String what, ProcessHandle process, Duration timeout, Duration dot,
            BooleanSupplier ready, String notReady) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long dots = 0;
        while (!ready.getAsBoolean()) {
            if (!Processes.carries(process, processes.marker(name))) {
                console.say("failed");
                processes.forget(name);
                LogTail.show(state.log(name), console.err());
                throw new LauncherException(what + " exited during start-up (log: " + state.log(name) + ")");
            }
            if (System.nanoTime() >= deadline) {
                console.say("failed");
                LogTail.show(state.log(name), console.err());
                processes.stop(name, 10);
                throw new LauncherException(what + " " + notReady + " within " + timeout.toSeconds()
                        + " s; stopped it (log: "
                        + state.log(name) + ")");
            }
            long due = (System.nanoTime() - start) / dot.toNanos();
            for (; dots < due; dots++) {
                console.print(".");
            }
            Processes.sleep(POLL_MILLIS);
        }
    }
}
