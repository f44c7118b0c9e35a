package dev.newsflow.launcher.command;

import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.Settings;
import dev.newsflow.launcher.kafka.KafkaServer;
import dev.newsflow.launcher.postgres.EmbeddedPostgres;
import dev.newsflow.launcher.process.Ports;
import dev.newsflow.launcher.process.Processes;
import dev.newsflow.launcher.process.Workspace;
import dev.newsflow.launcher.service.HealthCheck;
import dev.newsflow.launcher.service.ServiceSpec;
import dev.newsflow.launcher.service.Services;
import java.util.List;
import java.util.Optional;

/**
 * {@code status}: each component's PID, state, port and health; exits 1 unless everything runs and is healthy.
 * {@code status FILE} tells the story of one post instead ({@link StoryCommand}).
 */
final class StatusCommand {

    private final Workspace context;
    private boolean allWell = true;

    StatusCommand(Workspace context) {
        this.context = context;
    }

    int run(List<String> args) {
        if (args.size() == 1 && !args.get(0).startsWith("-")) {
            return new StoryCommand(context).run(args.get(0));
        }
        if (args.size() > 1) {
            throw new LauncherException("status: one FILE at a time, not " + args.size());
        }
        if (Arguments.helpOrNothing("status", args)) {
            context.console().say(Usage.of("status", context.settings()));
            return 0;
        }
        Settings settings = context.settings();
        Processes processes = context.processes();
        row("COMPONENT", "PID", "STATE", "PORT", "HEALTH");
        kafka(settings, processes);
        Optional<ProcessHandle> postgres = processes.live(EmbeddedPostgres.NAME);
        if (postgres.isPresent()) {
            int port = processes.port(EmbeddedPostgres.NAME, settings.embeddedPgPort());
            row(EmbeddedPostgres.NAME, pid(postgres), "running", port, "embedded, " + answer("127.0.0.1", port));
        } else if (Ports.answers(settings.pgHost(), settings.pgPort())) {
            row(EmbeddedPostgres.NAME, "-", "external", settings.pgPort(),
                    settings.pgHost() + ":" + settings.pgPort() + " answers (not managed here)");
        } else {
            row(EmbeddedPostgres.NAME, "-", "stopped", settings.pgPort(), "-");
            allWell = false;
        }
        for (ServiceSpec service : Services.of(settings)) {
            int port = processes.port(service.name(), service.port());
            Optional<ProcessHandle> process = processes.live(service.name());
            if (process.isPresent()) {
                HealthCheck.Answer health = HealthCheck.ask(service.healthUrl(port));
                allWell &= health.up();
                row(service.name(), pid(process), "running", port, health.text() + "  " + service.healthUrl(port));
            } else {
                row(service.name(), "-", "stopped", port, "-");
                allWell = false;
            }
        }
        context.console().say("state: " + settings.home() + "   bucket: " + settings.bucket());
        return allWell ? 0 : 1;
    }

    private void kafka(Settings settings, Processes processes) {
        if (settings.externalKafka()) {
            String[] hostPort = settings.kafkaBootstrap().split(",")[0].split(":");
            int port = Integer.parseInt(hostPort[hostPort.length - 1]);
            row(KafkaServer.NAME, "-", "external", port, settings.kafkaBootstrap() + " " + answer(hostPort[0], port)
                    + " (not managed here)");
            return;
        }
        int port = processes.port(KafkaServer.NAME, settings.kafkaPort());
        Optional<ProcessHandle> kafka = processes.live(KafkaServer.NAME);
        if (kafka.isPresent()) {
            row(KafkaServer.NAME, pid(kafka), "running", port, answer("127.0.0.1", port));
        } else {
            row(KafkaServer.NAME, "-", "stopped", port, "-");
            allWell = false;
        }
    }

    private String answer(String host, int port) {
        if (Ports.answers(host, port)) {
            return "port answers";
        }
        allWell = false;
        return "port does not answer";
    }

    private static String pid(Optional<ProcessHandle> process) {
        return String.valueOf(process.orElseThrow().pid());
    }

    private void row(String component, String pid, String state, Object port, String health) {
        context.console().say(String.format("%-16s %-8s %-8s %-6s %s", component, pid, state, port, health));
    }
}
