package dev.newsflow.e2e.deploy;

import static dev.newsflow.e2e.deploy.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.TopicManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every topic of the contracts' {@link TopicManifest} (which bin/newsflow creates topics from) is declared alike
 * wherever else topics are created: the {@code kafka-init} of {@code docker-compose.yml} and the Strimzi
 * {@code KafkaTopic}s of each overlay, with the same partitions, cleanup policy and compaction lag.
 */
class TopicDeclarationsTest {

    private static final Pattern COMPOSE_TOPIC = Pattern.compile("create --topic (\\S+) --partitions (\\d+)(.*)");
    private static final Pattern COMPOSE_CONFIG = Pattern.compile("--config (\\S+)=(\\S+)");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicOfTheManifestIsDeclaredAlikeByComposeAndTheOverlay(String overlay) throws Exception {
        Map<String, Declaration> compose = compose();
        Map<String, Declaration> kubernetes = kubernetes(overlay);
        for (TopicManifest topic : TopicManifest.values()) {
            Declaration declared = new Declaration(topic.partitions(), topic.config());
            assertThat(compose.get(topic.topic())).as("docker-compose.yml declares %s like the manifest", topic.topic())
                    .isEqualTo(declared);
            assertThat(kubernetes.get(topic.topic())).as("%s declares %s like the manifest", overlay, topic.topic())
                    .isEqualTo(declared);
        }
        assertThat(compose.keySet()).as("topics docker-compose.yml creates").containsExactlyInAnyOrderElementsOf(
                Arrays.stream(TopicManifest.values()).map(TopicManifest::topic).toList());
    }

    private static Map<String, Declaration> compose() throws IOException {
        Map<String, Declaration> declared = new LinkedHashMap<>();
        Matcher topic = COMPOSE_TOPIC.matcher(Files.readString(Manifests.ROOT.resolve("docker-compose.yml")));
        while (topic.find()) {
            Map<String, String> config = new TreeMap<>();
            Matcher setting = COMPOSE_CONFIG.matcher(topic.group(3));
            while (setting.find()) {
                config.put(setting.group(1), setting.group(2));
            }
            declared.put(topic.group(1), new Declaration(Integer.parseInt(topic.group(2)), config));
        }
        return declared;
    }

    private static Map<String, Declaration> kubernetes(String overlay) throws Exception {
        Map<String, Declaration> declared = new LinkedHashMap<>();
        for (Map<String, Object> object : Manifests.render(overlay)) {
            if ("KafkaTopic".equals(object.get("kind"))) {
                Map<String, Object> spec = map(object, "spec");
                Map<String, String> config = new TreeMap<>();
                map(spec, "config").forEach((name, value) -> {
                    if (!"min.insync.replicas".equals(name)) {
                        config.put(name, String.valueOf(value));
                    }
                });
                declared.put((String) map(object, "metadata").get("name"),
                        new Declaration(((Number) spec.get("partitions")).intValue(), config));
            }
        }
        return declared;
    }

    /** How one topic is declared: its partitions and its topic configs (replication aside). */
    private record Declaration(int partitions, Map<String, String> config) {
    }
}
