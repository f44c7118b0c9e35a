package dev.newsflow.launcher.kafka;

import dev.newsflow.contracts.TopicManifest;
import dev.newsflow.launcher.LauncherException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics of the {@link TopicManifest} that a broker lacks, with Kafka's Admin client; never alters one. */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    /** Admin client settings for a local broker: short timeouts, so a broker that is gone fails fast. */
    static Map<String, Object> adminSettings(String bootstrap) {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    }

    /** Creates the missing topics of the manifest; returns those it created ({@code name(partitions, configs)}). */
    public static List<String> ensure(String bootstrap) {
        try (Admin admin = Admin.create(adminSettings(bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            List<TopicManifest> missing = Arrays.stream(TopicManifest.values())
                    .filter(topic -> !existing.contains(topic.topic())).toList();
            List<NewTopic> requests = missing.stream()
                    .map(topic -> new NewTopic(topic.topic(), topic.partitions(), (short) 1).configs(topic.config()))
                    .toList();
            List<String> failed = new ArrayList<>();
            Set<String> created = new HashSet<>();
            admin.createTopics(requests).values().forEach((name, result) -> {
                try {
                    result.get();
                    created.add(name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        failed.add(name + ": " + e.getCause().getMessage());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.add(name + ": interrupted");
                }
            });
            if (!failed.isEmpty()) {
                throw new LauncherException("could not create the topics at " + bootstrap + ": "
                        + String.join("; ", failed));
            }
            return missing.stream().filter(topic -> created.contains(topic.topic())).map(KafkaTopics::describe)
                    .toList();
        } catch (ExecutionException e) {
            throw new LauncherException("could not list Kafka's topics at " + bootstrap + ": "
                    + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while creating topics", e);
        }
    }

    /** The manifest's topic names, comma-separated, as the summary shows them. */
    public static String names() {
        return Arrays.stream(TopicManifest.values()).map(TopicManifest::topic).collect(Collectors.joining(", "));
    }

    private static String describe(TopicManifest topic) {
        String config = topic.config().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return topic.topic() + "(" + topic.partitions() + (config.isEmpty() ? "" : ", " + config) + ")";
    }
}
