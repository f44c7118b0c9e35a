package dev.newsflow.launcher.process;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.LauncherException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The processes the launcher runs for one state folder, each known by a PID file in run/ and a marker argument
 * ({@code -Dnewsflowctl.id=<home>#<name>}): a PID file is trusted only while the process behind it carries the marker,
 * so a stale file or a recycled PID is never signalled.
 */
public final class Processes {

    private final StateFolder state;
    private final Console console;

    public Processes(StateFolder state, Console console) {
        this.state = state;
        this.console = console;
    }

    /** The argument that marks {@code name}'s process as this state folder's. */
    public String marker(String name) {
        return "-Dnewsflowctl.id=" + state.home() + "#" + name;
    }

    /** Our running {@code name}, from its PID file, if the process behind it still carries its marker. */
    public Optional<ProcessHandle> live(String name) {
        Path file = pidFile(name);
        try {
            String text = Files.isRegularFile(file) ? Files.readString(file).trim() : "";
            return text.matches("[0-9]{1,18}")
                    ? ProcessHandle.of(Long.parseLong(text)).filter(p -> carries(p, marker(name)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a PID file of {@code name} exists, live or stale. */
    public boolean hasPidFile(String name) {
        return Files.exists(pidFile(name));
    }

    /** The names of every PID file in run/, live or stale. */
    public List<String> pidFileNames() {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(state.run())) {
            files.map(path -> path.getFileName().toString()).filter(file -> file.endsWith(".pid")).sorted()
                    .forEach(file -> names.add(file.substring(0, file.length() - 4)));
        } catch (IOException e) {
            return names;
        }
        return names;
    }

    /** The port {@code name} was started on (run/NAME.port), or {@code fallback}. */
    public int port(String name, int fallback) {
        try {
            Path file = state.run().resolve(name + ".port");
            return Files.isRegularFile(file) ? Integer.parseInt(Files.readString(file).trim()) : fallback;
        } catch (IOException | NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Stops our {@code name}: SIGTERM, then SIGKILL after {@code graceSeconds}; removes its PID and port files. Whether
     * it exited by itself (or was not running), not killed.
     */
    public boolean stop(String name, int graceSeconds) {
        Optional<ProcessHandle> process = live(name);
        if (process.isEmpty()) {
            if (hasPidFile(name)) {
                console.say(name + ": not running (removed a stale PID file)");
            }
            forget(name);
            return true;
        }
        ProcessHandle handle = process.get();
        console.print(name + ": stopping (pid " + handle.pid() + ") ");
        handle.destroy();
        boolean gone = awaitExit(handle, marker(name), graceSeconds, true);
        if (!gone) {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            awaitExit(handle, marker(name), 10, false);
            console.say(" killed (no exit after " + graceSeconds + "s)");
        } else {
            console.say(" stopped");
        }
        forget(name);
        return gone;
    }

    /** Removes the PID and port files of {@code name}. */
    public void forget(String name) {
        try {
            Files.deleteIfExists(pidFile(name));
            Files.deleteIfExists(state.run().resolve(name + ".port"));
        } catch (IOException e) {
            console.warn("cannot remove the PID file of " + name + ": " + e.getMessage());
        }
    }

    /** Whether {@code process} runs and its command line holds {@code argument} (see {@link Platform#arguments}). */
    public static boolean carries(ProcessHandle process, String argument) {
        return process.isAlive() && Platform.arguments(process).map(args -> args.contains(argument)).orElse(true);
    }

    private boolean awaitExit(ProcessHandle handle, String marker, int seconds, boolean dots) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int ticks = 0;
        while (carries(handle, marker)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            sleep(250);
            if (dots && ++ticks % 4 == 0) {
                console.print(".");
            }
        }
        return true;
    }

    /** The PID file of {@code name}: run/NAME.pid. */
    Path pidFile(String name) {
        return state.run().resolve(name + ".pid");
    }

    /** Sleeps, keeping the thread's interrupt. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted", e);
        }
    }
}
