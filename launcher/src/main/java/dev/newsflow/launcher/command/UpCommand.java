package dev.newsflow.launcher.command;

import static dev.newsflow.launcher.Console.PROG;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.Settings;
import dev.newsflow.launcher.build.MavenBuild;
import dev.newsflow.launcher.kafka.KafkaServer;
import dev.newsflow.launcher.kafka.KafkaTopics;
import dev.newsflow.launcher.postgres.EmbeddedPostgres;
import dev.newsflow.launcher.postgres.PostgresSetup;
import dev.newsflow.launcher.process.Ports;
import dev.newsflow.launcher.process.StateLock;
import dev.newsflow.launcher.process.Workspace;
import dev.newsflow.launcher.service.ServiceSpec;
import dev.newsflow.launcher.service.ServiceStarter;
import dev.newsflow.launcher.service.Services;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code up}: builds what is missing, starts Kafka, PostgreSQL and the services (what runs already is left alone) and
 * prints where everything is; if a part fails, what this run started is stopped again.
 */
final class UpCommand {

    private final Workspace context;
    private final List<Runnable> undo = new ArrayList<>();

    UpCommand(Workspace context) {
        this.context = context;
    }

    int run(List<String> args) {
        boolean build = false;
        boolean samples = false;
        for (String arg : args) {
            switch (arg) {
                case "--build" -> build = true;
                case "--samples" -> samples = true;
                case "-h", "--help" -> {
                    context.console().say(Usage.of("up", context.settings()));
                    return 0;
                }
                default -> throw new LauncherException("up: unknown option '" + arg + "' (see '" + PROG
                        + " up --help')");
            }
        }
        long started = System.nanoTime();
        try (StateLock lock = StateLock.take(context.state())) {
            context.state().prepare();
            List<ServiceSpec> services = Services.of(context.settings());
            checkPortsBeforeStart(services);
            new ServiceBuild(context).buildIfNeeded(services, build);
            try {
                start(samples, started);
            } catch (RuntimeException e) {
                rollBack();
                throw e;
            }
        }
        return 0;
    }

    private void start(boolean samples, long started) {
        Settings settings = context.settings();
        KafkaServer.Start kafka = new KafkaServer(context).start(new MavenBuild(context.settings().root()));
        if (kafka.started()) {
            undo.add(() -> context.processes().stop(KafkaServer.NAME, 10));
        }
        List<String> created = KafkaTopics.ensure(kafka.bootstrap());
        context.console().say(created.isEmpty() ? "kafka: topics present"
                : "kafka: created topics " + String.join(" ", created));
        PostgresSetup.Start postgres = new PostgresSetup(context).start(new MavenBuild(settings.root()));
        if (postgres.started()) {
            undo.add(() -> new EmbeddedPostgres(context).stop());
        }
        List<ServiceSpec> services = Services.of(settings, kafka.bootstrap(), postgres.host(), postgres.port());
        ServiceStarter starter = new ServiceStarter(context);
        for (ServiceSpec service : services) {
            if (starter.start(service)) {
                undo.add(() -> context.processes().stop(service.name(), 10));
            }
        }
        if (samples) {
            new SampleDrop(context).run();
        }
        new UpSummary(context)
                .print(kafka.bootstrap(), postgres, services, (System.nanoTime() - started) / 1_000_000_000L);
    }

    /** Stops, in reverse order, what this run started before a part failed. */
    private void rollBack() {
        if (undo.isEmpty()) {
            return;
        }
        Console console = context.console();
        console.warn("stopping what this 'up' started");
        for (int i = undo.size() - 1; i >= 0; i--) {
            try {
                undo.get(i).run();
            } catch (RuntimeException e) {
                console.warn("while stopping: " + e.getMessage());
            }
        }
    }

    /** Fails before anything starts when a port of a component that is not running yet is taken. */
    private void checkPortsBeforeStart(List<ServiceSpec> services) {
        Settings settings = context.settings();
        if (!settings.externalKafka() && context.processes().live(KafkaServer.NAME).isEmpty()) {
            Ports.requireFree(settings.kafkaPort(), "Kafka", "KAFKA_PORT");
            Ports.requireFree(settings.kafkaControllerPort(), "Kafka's controller", "KAFKA_CONTROLLER_PORT");
        }
        if (settings.postgresMode().equals("embedded") && context.processes().live(EmbeddedPostgres.NAME).isEmpty()) {
            Ports.requireFree(settings.embeddedPgPort(), "embedded PostgreSQL", "EMBEDDED_PG_PORT");
        }
        for (ServiceSpec service : services) {
            if (context.processes().live(service.name()).isEmpty()) {
                Ports.requireFree(service.port(), service.name(), service.portVariable());
            }
        }
    }
}
