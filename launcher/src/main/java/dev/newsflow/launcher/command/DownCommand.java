package dev.newsflow.launcher.command;

import static dev.newsflow.launcher.Console.PROG;

import dev.newsflow.launcher.kafka.KafkaServer;
import dev.newsflow.launcher.postgres.EmbeddedPostgres;
import dev.newsflow.launcher.process.ClassDataArchive;
import dev.newsflow.launcher.process.Platform;
import dev.newsflow.launcher.process.StateLock;
import dev.newsflow.launcher.process.Workspace;
import dev.newsflow.launcher.service.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code down}: stops the services (in reverse order), then an embedded PostgreSQL, then Kafka; data is kept. */
final class DownCommand {

    private static final int SERVICE_GRACE_SECONDS = 15;
    /**
     * A service's grace while it writes its class-data archive at exit: on the 2-core machine loaded by other work,
     * writing query-service's took longer than the 15 s the service gets otherwise, and every archive was lost.
     */
    private static final int ARCHIVE_GRACE_SECONDS = 90;

    private final Workspace context;

    DownCommand(Workspace context) {
        this.context = context;
    }

    int run(List<String> args) {
        if (Arguments.helpOrNothing("down", args)) {
            context.console().say(Usage.of("down", context.settings()));
            return 0;
        }
        if (!Files.isDirectory(context.state().run())) {
            context.console().say("nothing to stop (" + context.state().home() + " has no run folder)");
            return 0;
        }
        try (StateLock lock = StateLock.take(context.state())) {
            stopAll();
        }
        context.console().say("stopped; data kept in " + context.state().home() + " ('" + PROG + " clean' removes it)");
        return 0;
    }

    /** Stops everything with a PID file in run/, the services first. */
    void stopAll() {
        List<String> services = new ArrayList<>(Services.names(Services.of(context.settings())));
        for (int i = services.size() - 1; i >= 0; i--) {
            stopService(services.get(i));
        }
        for (String other : context.processes().pidFileNames()) {
            if (!other.equals(KafkaServer.NAME) && !other.equals(EmbeddedPostgres.NAME) && !services.contains(other)) {
                context.processes().stop(other, SERVICE_GRACE_SECONDS);
            }
        }
        new EmbeddedPostgres(context).stop();
        context.processes().stop(KafkaServer.NAME, context.settings().stopGraceSeconds());
    }

    /** Stops service {@code name}, waiting longer while it writes its class-data archive, dropping one it left half. */
    private void stopService(String name) {
        Optional<Path> archive = context.processes().live(name).flatMap(Platform::arguments)
                .flatMap(ClassDataArchive::writtenAtExit);
        boolean exited = context.processes().stop(name,
                archive.isPresent() ? ARCHIVE_GRACE_SECONDS : SERVICE_GRACE_SECONDS);
        if (!exited) {
            archive.ifPresent(ClassDataArchive::discard);
        }
    }
}
