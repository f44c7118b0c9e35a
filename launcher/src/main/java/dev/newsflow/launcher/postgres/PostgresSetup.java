package dev.newsflow.launcher.postgres;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.Settings;
import dev.newsflow.launcher.build.MavenBuild;
import dev.newsflow.launcher.process.Ports;
import dev.newsflow.launcher.process.Processes;
import dev.newsflow.launcher.process.StateFolder;
import java.util.Optional;

/**
 * PostgreSQL for the stack: the server on PGHOST:PGPORT when it answers ({@code NEWSFLOW_POSTGRES=auto} or
 * {@code external}), else an embedded one ({@code auto} or {@code embedded}); the database is created if missing.
 */
public final class PostgresSetup {

    private final Settings settings;
    private final StateFolder state;
    private final Processes processes;
    private final Console console;

    public PostgresSetup(Settings settings, StateFolder state, Processes processes, Console console) {
        this.settings = settings;
        this.state = state;
        this.processes = processes;
        this.console = console;
    }

    /** Makes PostgreSQL available; returns where it is and whether this call started an embedded one. */
    public Start start(MavenBuild maven) {
        Optional<ProcessHandle> running = processes.live(EmbeddedPostgres.NAME);
        if (running.isPresent()) {
            int port = processes.port(EmbeddedPostgres.NAME, settings.embeddedPgPort());
            console.say("postgres: embedded one already running (pid " + running.get().pid() + ", 127.0.0.1:" + port
                    + ")");
            return new Start("127.0.0.1", port, false);
        }
        String mode = settings.postgresMode();
        if (!mode.equals("embedded")) {
            if (Ports.answers(settings.pgHost(), settings.pgPort())) {
                createDatabase(settings.pgHost(), settings.pgPort());
                return new Start(settings.pgHost(), settings.pgPort(), false);
            }
            if (mode.equals("external")) {
                throw new LauncherException("no PostgreSQL answers on " + settings.pgHost() + ":" + settings.pgPort()
                        + " (NEWSFLOW_POSTGRES=external); start it, or use NEWSFLOW_POSTGRES=auto");
            }
        }
        new EmbeddedPostgres(settings, state, processes, console).start(maven);
        createDatabase("127.0.0.1", settings.embeddedPgPort());
        return new Start("127.0.0.1", settings.embeddedPgPort(), true);
    }

    private void createDatabase(String host, int port) {
        console.say("postgres: " + Database.ensure(host, port, settings.pgUser(), settings.pgPassword(),
                settings.pgDatabase()) + " on " + host + ":" + port);
    }

    /** Where PostgreSQL answers, and whether this run started it. */
    public record Start(String host, int port, boolean started) {

        public String address() {
            return host + ":" + port;
        }
    }
}
