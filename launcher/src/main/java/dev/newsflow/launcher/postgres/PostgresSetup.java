package dev.newsflow.launcher.postgres;

import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.Settings;
import dev.newsflow.launcher.build.MavenBuild;
import dev.newsflow.launcher.process.Ports;
import dev.newsflow.launcher.process.Workspace;
import java.util.Optional;

/**
 * PostgreSQL for the stack: the server on PGHOST:PGPORT when it answers ({@code NEWSFLOW_POSTGRES=auto} or
 * {@code external}), else an embedded one ({@code auto} or {@code embedded}); the database is created if missing.
 */
public final class PostgresSetup {

    private final Workspace workspace;

    public PostgresSetup(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Makes PostgreSQL available; returns where it is and whether this call started an embedded one. */
    public Start start(MavenBuild maven) {
        Optional<ProcessHandle> running = workspace.processes().live(EmbeddedPostgres.NAME);
        if (running.isPresent()) {
            int port = workspace.processes().port(EmbeddedPostgres.NAME, workspace.settings().embeddedPgPort());
            workspace.console().say("postgres: embedded one already running (pid " + running.get().pid()
                    + ", 127.0.0.1:" + port + ")");
            return new Start("127.0.0.1", port, false);
        }
        String mode = workspace.settings().postgresMode();
        if (!mode.equals("embedded")) {
            if (Ports.answers(workspace.settings().pgHost(), workspace.settings().pgPort())) {
                createDatabase(workspace.settings().pgHost(), workspace.settings().pgPort());
                return new Start(workspace.settings().pgHost(), workspace.settings().pgPort(), false);
            }
            if (mode.equals("external")) {
                throw new LauncherException("no PostgreSQL answers on " + workspace.settings().pgHost() + ":"
                        + workspace.settings().pgPort()
                        + " (NEWSFLOW_POSTGRES=external); start it, or use NEWSFLOW_POSTGRES=auto");
            }
        }
        new EmbeddedPostgres(workspace).start(maven);
        createDatabase("127.0.0.1", workspace.settings().embeddedPgPort());
        return new Start("127.0.0.1", workspace.settings().embeddedPgPort(), true);
    }

    private void createDatabase(String host, int port) {
        Settings settings = workspace.settings();
        String done = Database.ensure(host, port, settings.pgUser(), settings.pgPassword(), settings.pgDatabase());
        workspace.console().say("postgres: " + done + " on " + host + ":" + port);
    }

    /** Where PostgreSQL answers, and whether this run started it. */
    public record Start(String host, int port, boolean started) {

        public String address() {
            return host + ":" + port;
        }
    }
}
