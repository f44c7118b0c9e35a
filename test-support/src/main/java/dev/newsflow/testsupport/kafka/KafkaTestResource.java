package dev.newsflow.testsupport.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a Quarkus application under test at the shared in-JVM {@link KafkaBroker}. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker is shared by every test class of the JVM and stopped when the JVM exits.
    }
}
