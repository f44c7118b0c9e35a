package dev.newsflow.e2e.deploy;

import static dev.newsflow.e2e.deploy.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.Topics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every topic the contracts name (and the dead-letter topics of the two consumers) is declared alike wherever topics
 * are created: {@code bin/newsflow}, the {@code kafka-init} of {@code docker-compose.yml} and the Strimzi
 * {@code KafkaTopic}s of each overlay, with the same partitions, cleanup policy and compaction lag.
 */
class TopicDeclarationsTest {

    private static final Pattern SCRIPT_TOPICS = Pattern.compile("(?s)\\nTOPICS=\\((.*?)\\n\\)");
    private static final Pattern SCRIPT_TOPIC = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern COMPOSE_TOPIC = Pattern.compile("create --topic (\\S+) --partitions (\\d+)(.*)");
    private static final Pattern COMPOSE_CONFIG = Pattern.compile("--config (\\S+)=(\\S+)");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicIsDeclaredAlikeByTheScriptComposeAndTheOverlay(String overlay) throws Exception {
        Map<String, Declaration> script = script();
        Map<String, Declaration> compose = compose();
        Map<String, Declaration> kubernetes = kubernetes(overlay);
        for (String topic : topics()) {
            assertThat(script).as("bin/newsflow declares %s", topic).containsKey(topic);
            assertThat(compose.get(topic)).as("docker-compose.yml declares %s like bin/newsflow", topic)
                    .isEqualTo(script.get(topic));
            assertThat(kubernetes.get(topic)).as("%s declares %s like bin/newsflow", overlay, topic)
                    .isEqualTo(script.get(topic));
        }
        assertThat(script.get(Topics.ARTICLES_ENRICHED).config()).containsEntry("cleanup.policy", "compact");
        assertThat(script.get(Topics.ARTICLE_IDS).config()).containsEntry("cleanup.policy", "compact")
                .containsEntry("min.compaction.lag.ms", "604800000");
    }

    /** The topics of the contracts, and the dead-letter topics of their consumers. */
    private static List<String> topics() throws IllegalAccessException {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        topics.add(Topics.deadLetterOf(Topics.ARTICLES_INGESTED));
        topics.add(Topics.deadLetterOf(Topics.ARTICLES_ENRICHED));
        return topics;
    }

    private static Map<String, Declaration> script() throws IOException {
        Matcher block = SCRIPT_TOPICS.matcher(Files.readString(Manifests.ROOT.resolve("bin/newsflow")));
        assertThat(block.find()).as("bin/newsflow has a TOPICS=( ... ) list").isTrue();
        Map<String, Declaration> declared = new LinkedHashMap<>();
        Matcher line = SCRIPT_TOPIC.matcher(block.group(1));
        while (line.find()) {
            String[] words = line.group(1).trim().split("\\s+");
            Map<String, String> config = new TreeMap<>();
            for (int i = 2; i < words.length; i++) {
                config.put(words[i].substring(0, words[i].indexOf('=')), words[i].substring(words[i].indexOf('=') + 1));
            }
            declared.put(words[0], new Declaration(Integer.parseInt(words[1]), config));
        }
        return declared;
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
