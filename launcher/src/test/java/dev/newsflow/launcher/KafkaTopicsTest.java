package dev.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.TopicManifest;
import dev.newsflow.launcher.kafka.KafkaTopics;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/** The topics of the manifest are created with its partitions and configs when missing, and never altered. */
class KafkaTopicsTest {

    @Test
    void createsTheMissingTopicsOfTheManifestAndLeavesTheOthersAsTheyAre() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers()))) {
            Set<String> manifest = Arrays.stream(TopicManifest.values()).map(TopicManifest::topic)
                    .collect(Collectors.toSet());
            Set<String> present = admin.listTopics().names().get();
            admin.deleteTopics(present.stream().filter(manifest::contains).toList()).all().get(30, TimeUnit.SECONDS);
            awaitGone(admin, manifest);
            admin.createTopics(List.of(new NewTopic(TopicManifest.ARTICLES_INGESTED.topic(), 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
            awaitListed(admin, TopicManifest.ARTICLES_INGESTED.topic());

            List<String> created = KafkaTopics.ensure(KafkaBroker.bootstrapServers());

            assertThat(created).hasSize(TopicManifest.values().length - 1).contains(
                    "articles.enriched(3, cleanup.policy=compact)",
                    "articles.ids(1, cleanup.policy=compact min.compaction.lag.ms=604800000)",
                            "articles.enriched.dlq(1)");
            Map<String, TopicDescription> topics = admin.describeTopics(manifest).allTopicNames().get();
            assertThat(topics.get(TopicManifest.ARTICLES_INGESTED.topic()).partitions()).as("the topic that existed")
                    .hasSize(1);
            for (TopicManifest topic : TopicManifest.values()) {
                if (topic != TopicManifest.ARTICLES_INGESTED) {
                    assertThat(topics.get(topic.topic()).partitions()).as(topic.topic()).hasSize(topic.partitions());
                    var config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC,
                            topic.topic())))
                            .all().get().values().iterator().next();
                    topic.config()
                            .forEach((name, value) -> assertThat(config.get(name).value())
                            .as(topic.topic() + " " + name)
                            .isEqualTo(value));
                }
            }
            assertThat(KafkaTopics.ensure(KafkaBroker.bootstrapServers())).isEmpty();
        }
    }

    private static void awaitListed(Admin admin, String topic) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!admin.listTopics().names().get().contains(topic) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static void awaitGone(Admin admin, Set<String> topics) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (admin.listTopics().names().get().stream().anyMatch(topics::contains) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
