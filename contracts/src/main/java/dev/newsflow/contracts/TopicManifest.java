package dev.newsflow.contracts;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every topic of the pipeline and how it is created (partitions and topic configs, replication aside): the one
 * manifest that {@code bin/newsflow} creates topics from and that docker-compose.yml and the Kubernetes overlays are
 * checked against.
 */
public enum TopicManifest {

    ARTICLES_INGESTED(Topics.ARTICLES_INGESTED, 3),
    ARTICLES_REJECTED(Topics.ARTICLES_REJECTED, 1),
    ARTICLES_ENRICHED(Topics.ARTICLES_ENRICHED, 3, "cleanup.policy", "compact"),
    ARTICLE_IDS(Topics.ARTICLE_IDS, 1, "cleanup.policy", "compact", "min.compaction.lag.ms", "604800000"),
    ARTICLES_INGESTED_DLQ(Topics.deadLetterOf(Topics.ARTICLES_INGESTED), 1),
    ARTICLES_ENRICHED_DLQ(Topics.deadLetterOf(Topics.ARTICLES_ENRICHED), 1);

    private final String topic;
    private final int partitions;
    private final Map<String, String> config;

    TopicManifest(String topic, int partitions, String... settings) {
        this.topic = topic;
        this.partitions = partitions;
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            sorted.put(settings[i], settings[i + 1]);
        }
        this.config = Collections.unmodifiableMap(sorted);
    }

    /** The topic's name. */
    public String topic() {
        return topic;
    }

    /** How many partitions the topic is created with. */
    public int partitions() {
        return partitions;
    }

    /** The topic configs it is created with, sorted by name (empty for the broker's defaults). */
    public Map<String, String> config() {
        return config;
    }

    /** The declaration of {@code topic}, if the manifest has one. */
    public static Optional<TopicManifest> of(String topic) {
        return Arrays.stream(values()).filter(declared -> declared.topic.equals(topic)).findFirst();
    }
}
