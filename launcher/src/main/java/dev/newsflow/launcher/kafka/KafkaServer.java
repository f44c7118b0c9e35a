package dev.newsflow.launcher.kafka;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.Settings;
import dev.newsflow.launcher.build.JarFolder;
import dev.newsflow.launcher.build.MavenBuild;
import dev.newsflow.launcher.process.BackgroundStart;
import dev.newsflow.launcher.process.LogTail;
import dev.newsflow.launcher.process.Platform;
import dev.newsflow.launcher.process.Ports;
import dev.newsflow.launcher.process.Processes;
import dev.newsflow.launcher.process.StartWatch;
import dev.newsflow.launcher.process.StateFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.Uuid;

/** The single-node KRaft broker of the local stack, run from Kafka's own jars (deploy/local/kafka/pom.xml). */
public final class KafkaServer {

    /** The component name: logs/kafka.log, run/kafka.pid. */
    public static final String NAME = "kafka";

    private final Settings settings;
    private final StateFolder state;
    private final Processes processes;
    private final Console console;

    public KafkaServer(Settings settings, StateFolder state, Processes processes, Console console) {
        this.settings = settings;
        this.state = state;
        this.processes = processes;
        this.console = console;
    }

    /** Kafka's jars, resolved into the state folder once. */
    public JarFolder jars() {
        return new JarFolder(NAME, settings.root().resolve("deploy/local/kafka/pom.xml"), state.kafka().resolve("lib"));
    }

    /** The bootstrap address of the broker that runs (or would run) for this state folder. */
    public String bootstrap() {
        return settings.externalKafka() ? settings.kafkaBootstrap()
                : "127.0.0.1:" + processes.port(NAME, settings.kafkaPort());
    }

    /**
     * Starts the broker unless it runs already (or an external one is configured); returns its bootstrap address and
     * whether this call started it.
     */
    public Start start(MavenBuild maven) {
        if (settings.externalKafka()) {
            console.say("kafka: using the broker at " + settings.kafkaBootstrap() + " (NEWSFLOW_KAFKA_BOOTSTRAP)");
            return new Start(settings.kafkaBootstrap(), false);
        }
        Optional<ProcessHandle> running = processes.live(NAME);
        if (running.isPresent()) {
            int port = processes.port(NAME, settings.kafkaPort());
            if (port != settings.kafkaPort()) {
                console.warn("Kafka already runs on port " + port + " (KAFKA_PORT=" + settings.kafkaPort()
                        + " ignored; 'down' first to change it)");
            }
            console.say("kafka: already running (pid " + running.get().pid() + ", 127.0.0.1:" + port + ")");
            return new Start("127.0.0.1:" + port, false);
        }
        Ports.requireFree(settings.kafkaPort(), "Kafka", "KAFKA_PORT");
        Ports.requireFree(settings.kafkaControllerPort(), "Kafka's controller", "KAFKA_CONTROLLER_PORT");
        jars().ensure(maven, state.logs(), console);
        Path config = state.kafka().resolve("config");
        Path data = state.kafka().resolve("data");
        try {
            KafkaConfig.write(config, data, settings.kafkaPort(), settings.kafkaControllerPort());
        } catch (IOException e) {
            throw new LauncherException("cannot write Kafka's configuration into " + config + ": " + e.getMessage(), e);
        }
        formatOnce(config, data);
        List<String> command = new ArrayList<>(List.of(Platform.java()));
        command.addAll(settings.kafkaHeapOpts());
        command.addAll(List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-XX:InitiatingHeapOccupancyPercent=35",
                "-XX:+ExplicitGCInvokesConcurrent", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + KafkaConfig.brokerLogging(config), "-cp", classpath(),
                "kafka.Kafka", KafkaConfig.server(config).toString()));
        ProcessHandle process = new BackgroundStart(state, processes)
                .start(NAME, settings.kafkaPort(), command, Map.of());
        console.print("kafka: starting (pid " + process.pid() + ") ");
        new StartWatch(processes, state, console).await(NAME, "Kafka", process, Duration.ofSeconds(60),
                Duration.ofMillis(500), () -> Ports.answers("127.0.0.1", settings.kafkaPort()),
                "did not open port " + settings.kafkaPort());
        String bootstrap = "127.0.0.1:" + settings.kafkaPort();
        console.say(" listening on " + bootstrap);
        return new Start(bootstrap, true);
    }

    private String classpath() {
        return jars().folder().resolve("*").toString();
    }

    /** Formats the log folder once, as a standalone (single-voter) KRaft controller, with one JVM of Kafka's tools. */
    private void formatOnce(Path config, Path data) {
        Path portFile = state.kafka().resolve("controller.port");
        try {
            if (Files.exists(data.resolve("meta.properties"))) {
                if (Files.isRegularFile(portFile)
                        && !Files.readString(portFile).trim().equals(String.valueOf(settings.kafkaControllerPort()))) {
                    throw new LauncherException("Kafka's data was formatted with KAFKA_CONTROLLER_PORT="
                            + Files.readString(portFile).trim() + "; use that port again, or '" + Console.PROG
                            + " clean' to start afresh");
                }
                return;
            }
            String clusterId = Uuid.randomUuid().toString();
            Path log = state.log("kafka-tools");
            ProcessBuilder format = new ProcessBuilder(Platform.java(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Xmx256m", "-Dlog4j2.configurationFile=" + KafkaConfig.toolsLogging(config), "-cp", classpath(),
                    "kafka.tools.StorageTool", "format", "--standalone", "-t", clusterId, "-c",
                    KafkaConfig.server(config).toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (format.start().waitFor() != 0) {
                LogTail.show(log, console.err());
                throw new LauncherException("formatting Kafka's storage in " + data + " failed");
            }
            Files.writeString(portFile, settings.kafkaControllerPort() + "\n");
            console.say("kafka: formatted " + data + " (cluster id " + clusterId + ")");
        } catch (IOException e) {
            throw new LauncherException("cannot format Kafka's storage in " + data + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while formatting Kafka's storage", e);
        }
    }

    /** The broker's bootstrap address and whether this run started it. */
    public record Start(String bootstrap, boolean started) {
    }
}
