package dev.newsflow.launcher.process;

import dev.newsflow.launcher.LauncherException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a component of the stack as a background process that outlives the launcher, marked and with a PID file. */
public final class BackgroundStart {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final StateFolder state;
    private final Processes processes;

    public BackgroundStart(StateFolder state, Processes processes) {
        this.state = state;
        this.processes = processes;
    }

    /**
     * Starts {@code command} (whose first word is the java executable; the marker is put right after it) in the
     * background, in the state folder, output appended to logs/NAME.log; writes run/NAME.pid and run/NAME.port. On a
     * system with {@code setsid} it runs in a session of its own, so a Ctrl-C in the terminal does not reach it.
     */
    public ProcessHandle start(String name, int port, List<String> command, Map<String, String> environment) {
        Path log = state.log(name);
        List<String> full = new ArrayList<>();
        Platform.setsid().ifPresent(full::add);
        full.add(command.get(0));
        full.add(processes.marker(name));
        full.addAll(command.subList(1, command.size()));
        try {
            Files.writeString(log, "\n==== " + LocalDateTime.now().format(STAMP) + "  " + name + ": starting\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(full).directory(state.home().toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File(Platform.nullDevice())));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Files.writeString(processes.pidFile(name), process.pid() + "\n");
            Files.writeString(state.run().resolve(name + ".port"), port + "\n");
            return process.toHandle();
        } catch (IOException e) {
            throw new LauncherException("cannot start " + name + " (" + String.join(" ", full) + "): " + e.getMessage(),
                    e);
        }
    }
}
