package dev.newsflow.launcher.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files that configure the local broker and Kafka's tools, written on every start. */
final class KafkaConfig {

    private KafkaConfig() {
    }

    static Path server(Path config) {
        return config.resolve("server.properties");
    }

    static Path brokerLogging(Path config) {
        return config.resolve("log4j2.xml");
    }

    static Path toolsLogging(Path config) {
        return config.resolve("log4j2-tools.xml");
    }

    static void write(Path config, Path data, int port, int controllerPort) throws IOException {
        String listeners = "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort;
        Files.writeString(server(config), """
                # Written by bin/newsflow on every start; edit the launcher, not this file.
                process.roles=broker,controller
                node.id=1
                listeners=%1$s
                advertised.listeners=%1$s
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                controller.listener.names=CONTROLLER
                controller.quorum.bootstrap.servers=127.0.0.1:%2$d
                log.dirs=%3$s
                num.partitions=3
                default.replication.factor=1
                min.insync.replicas=1
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(listeners, controllerPort, data.toString().replace("\\", "/")));
        Files.writeString(brokerLogging(config), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- The broker logs to stdout, which bin/newsflow appends to logs/kafka.log. -->
                <Configuration status="warn">
                  <Appenders>
                    <Console name="out" target="SYSTEM_OUT">
                      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
                    </Console>
                  </Appenders>
                  <Loggers>
                    <Logger name="kafka.request.logger" level="warn"/>
                    <Logger name="state.change.logger" level="warn"/>
                    <Logger name="org.apache.kafka.storage.internals.log.LogLoader" level="warn"/>
                    <Root level="info">
                      <AppenderRef ref="out"/>
                    </Root>
                  </Loggers>
                </Configuration>
                """);
        Files.writeString(toolsLogging(config), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Kafka's command-line tools log warnings to stderr only (never into their output). -->
                <Configuration status="warn">
                  <Appenders>
                    <Console name="err" target="SYSTEM_ERR">
                      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
                    </Console>
                  </Appenders>
                  <Loggers>
                    <Root level="warn">
                      <AppenderRef ref="err"/>
                    </Root>
                  </Loggers>
                </Configuration>
                """);
    }
}
