package dev.newsflow.launcher.kafka;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.build.JarFolder;
import dev.newsflow.launcher.build.MavenBuild;
import dev.newsflow.launcher.process.BackgroundStart;
import dev.newsflow.launcher.process.LogTail;
import dev.newsflow.launcher.process.Platform;
import dev.newsflow.launcher.process.Ports;
import dev.newsflow.launcher.process.StartWatch;
import dev.newsflow.launcher.process.Workspace;
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

    private final Workspace workspace;

    public KafkaServer(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Kafka's jars, resolved into the workspace.state() folder once. */
    public JarFolder jars() {
        return new JarFolder(NAME, workspace.settings().root().resolve("deploy/local/kafka/pom.xml"),
                workspace.state().kafka().resolve("lib"));
    }

    /** The bootstrap address of the broker that runs (or would run) for this workspace.state() folder. */
    public String bootstrap() {
        return workspace.settings().externalKafka() ? workspace.settings().kafkaBootstrap()
                : "127.0.0.1:" + workspace.processes().port(NAME, workspace.settings().kafkaPort());
    }

    /**
     * Starts the broker unless it runs already (or an external one is configured); returns its bootstrap address and
     * whether this call started it.
     */
    public Start start(MavenBuild maven) {
        if (workspace.settings().externalKafka()) {
            workspace.console().say("kafka: using the broker at " + workspace.settings().kafkaBootstrap()
                    + " (NEWSFLOW_KAFKA_BOOTSTRAP)");
            return new Start(workspace.settings().kafkaBootstrap(), false);
        }
        Optional<ProcessHandle> running = workspace.processes().live(NAME);
        if (running.isPresent()) {
            int port = workspace.processes().port(NAME, workspace.settings().kafkaPort());
            if (port != workspace.settings().kafkaPort()) {
                workspace.console().warn("Kafka already runs on port " + port + " (KAFKA_PORT="
                        + workspace.settings().kafkaPort() + " ignored; 'down' first to change it)");
            }
            workspace.console().say("kafka: already running (pid " + running.get().pid() + ", 127.0.0.1:" + port + ")");
            return new Start("127.0.0.1:" + port, false);
        }
        Ports.requireFree(workspace.settings().kafkaPort(), "Kafka", "KAFKA_PORT");
        Ports.requireFree(workspace.settings().kafkaControllerPort(), "Kafka's controller", "KAFKA_CONTROLLER_PORT");
        jars().ensure(maven, workspace.state().logs(), workspace.console());
        Path config = workspace.state().kafka().resolve("config");
        Path data = workspace.state().kafka().resolve("data");
        try {
            KafkaConfig.write(config, data, workspace.settings().kafkaPort(),
                    workspace.settings().kafkaControllerPort());
        } catch (IOException e) {
            throw new LauncherException("cannot write Kafka's configuration into " + config + ": " + e.getMessage(), e);
        }
        formatOnce(config, data);
        List<String> command = new ArrayList<>(List.of(Platform.java()));
        command.addAll(workspace.settings().kafkaHeapOpts());
        command.addAll(List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-XX:InitiatingHeapOccupancyPercent=35",
                "-XX:+ExplicitGCInvokesConcurrent", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + KafkaConfig.brokerLogging(config), "-cp", classpath(),
                "kafka.Kafka", KafkaConfig.server(config).toString()));
        ProcessHandle process = new BackgroundStart(workspace.state(), workspace.processes())
                .start(NAME, workspace.settings().kafkaPort(), command, Map.of());
        workspace.console().print("kafka: starting (pid " + process.pid() + ") ");
        new StartWatch(workspace.processes(), workspace.state(), workspace.console())
                .await(NAME, "Kafka", process, Duration.ofSeconds(60),
                Duration.ofMillis(500), () -> Ports.answers("127.0.0.1", workspace.settings().kafkaPort()),
                "did not open port " + workspace.settings().kafkaPort());
        String bootstrap = "127.0.0.1:" + workspace.settings().kafkaPort();
        workspace.console().say(" listening on " + bootstrap);
        return new Start(bootstrap, true);
    }

    private String classpath() {
        return jars().folder().resolve("*").toString();
    }

    /** Formats the log folder once, as a standalone (single-voter) KRaft controller, with one JVM of Kafka's tools. */
    private void formatOnce(Path config, Path data) {
        Path portFile = workspace.state().kafka().resolve("controller.port");
        try {
            if (Files.exists(data.resolve("meta.properties"))) {
                if (Files.isRegularFile(portFile)
                        && !Files.readString(portFile).trim()
                        .equals(String.valueOf(workspace.settings().kafkaControllerPort()))) {
                    throw new LauncherException("Kafka's data was formatted with KAFKA_CONTROLLER_PORT="
                            + Files.readString(portFile).trim() + "; use that port again, or '" + Console.PROG
                            + " clean' to start afresh");
                }
                return;
            }
            String clusterId = Uuid.randomUuid().toString();
            Path log = workspace.state().log("kafka-tools");
            ProcessBuilder format = new ProcessBuilder(Platform.java(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Xmx256m", "-Dlog4j2.configurationFile=" + KafkaConfig.toolsLogging(config), "-cp", classpath(),
                    "kafka.tools.StorageTool", "format", "--standalone", "-t", clusterId, "-c",
                    KafkaConfig.server(config).toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (format.start().waitFor() != 0) {
                LogTail.show(log, workspace.console().err());
                throw new LauncherException("formatting Kafka's storage in " + data + " failed");
            }
            Files.writeString(portFile, workspace.settings().kafkaControllerPort() + "\n");
            workspace.console().say("kafka: formatted " + data + " (cluster id " + clusterId + ")");
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
