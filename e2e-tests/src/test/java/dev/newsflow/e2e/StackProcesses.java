package dev.newsflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The processes bin/newsflow runs for one state folder, found as bin/newsflow finds them: by PID file and marker. */
public final class StackProcesses {

    private final Path home;

    StackProcesses(Path home) {
        this.home = home;
    }

    /**
     * The process bin/newsflow runs as {@code component} (kafka, postgres, ingest-service, ...), from its PID file,
     * if it still runs and carries this state folder's marker (as bin/newsflow itself trusts a PID file).
     */
    public Optional<ProcessHandle> of(String component) {
        Path file = home.resolve("run").resolve(component + ".pid");
        try {
            return Files.exists(file)
                    ? ProcessHandle.of(Long.parseLong(Files.readString(file).trim()))
                            .filter(process -> commandLine(process.pid()).contains(marker() + component))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The postmaster of the embedded PostgreSQL, from its data folder's postmaster.pid, if it runs. */
    public Optional<ProcessHandle> postmaster() {
        Path data = home.resolve("postgres/data");
        Path file = data.resolve("postmaster.pid");
        try {
            return Files.exists(file)
                    ? ProcessHandle.of(Long.parseLong(Files.readAllLines(file).get(0).trim()))
                            .filter(process -> commandLine(process.pid()).contains(data.toString()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command lines of the processes bin/newsflow started for this state folder and that still run. */
    public List<String> running() {
        List<String> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String commandLine = commandLine(Long.parseLong(entry.getFileName().toString()));
                if (commandLine.contains(marker())) {
                    found.add(entry.getFileName() + ": " + commandLine);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * Sends SIGKILL to every process that still carries this state folder's marker, which bin/newsflow lost track of.
     */
    public void killLeftovers() {
        ProcessHandle.allProcesses().filter(process -> commandLine(process.pid()).contains(marker()))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private String marker() {
        return "-Dnewsflowctl.id=" + home + "#";
    }

    /** The command line of a process, its arguments joined by spaces; empty once it is gone. */
    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
