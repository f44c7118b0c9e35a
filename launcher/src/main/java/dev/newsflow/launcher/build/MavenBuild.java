package dev.newsflow.launcher.build;

import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.process.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the repository's Maven wrapper, for what the launcher builds or resolves on demand. */
public final class MavenBuild {

    private final Path root;

    public MavenBuild(Path root) {
        this.root = root;
    }

    /** Runs {@code ./mvnw ARGS} at the repository root, its output to this terminal; whether it succeeded. */
    public boolean run(List<String> args) {
        return run(args, null);
    }

    /** Runs {@code ./mvnw ARGS} at the repository root, its output into {@code log} (or this terminal if null). */
    public boolean run(List<String> args, Path log) {
        List<String> command = new ArrayList<>(Platform.mavenWrapper(root));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        try {
            return builder.start().waitFor() == 0;
        } catch (IOException e) {
            throw new LauncherException("cannot run the Maven wrapper at " + root + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while Maven ran", e);
        }
    }
}
