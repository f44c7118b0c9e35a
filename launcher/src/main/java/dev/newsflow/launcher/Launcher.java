package dev.newsflow.launcher;

import dev.newsflow.launcher.command.Commands;
import dev.newsflow.launcher.process.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a {@code bin/newsflow} command line against an environment and reports any failure as one line. */
public final class Launcher {

    private final Path root;
    private final Map<String, String> environment;
    private final Console console;

    public Launcher(Path root, Map<String, String> environment, Console console) {
        this.root = root;
        this.environment = environment;
        this.console = console;
    }

    /** Runs {@code args}; returns the exit code: 0 on success, 1 on a failure (said on standard error). */
    public int run(List<String> args) {
        try {
            Settings settings = Settings.from(root, environment);
            return new Commands(Workspace.of(settings, console)).run(args);
        } catch (LauncherException e) {
            return fail(e.getMessage());
        } catch (RuntimeException e) {
            return fail("unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private int fail(String message) {
        console.err().println(Console.PROG + ": error: " + message);
        console.err().flush();
        return 1;
    }
}
