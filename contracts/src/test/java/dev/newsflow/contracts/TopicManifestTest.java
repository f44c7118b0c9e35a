package dev.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The topic manifest declares every topic of the contracts once, the dead-letter topics included. */
class TopicManifestTest {

    @Test
    void everyTopicOfTheContractsAndBothDeadLetterTopicsAreDeclaredOnce() throws Exception {
        var declared = Arrays.stream(TopicManifest.values()).map(TopicManifest::topic).toList();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(declared).as("the manifest declares Topics.%s", field.getName())
                        .contains((String) field.get(null));
            }
        }
        assertThat(declared).contains("articles.ingested.dlq", "articles.enriched.dlq").doesNotHaveDuplicates();
    }

    @Test
    void theCompactedTopicsKeepTheirSettings() {
        assertThat(TopicManifest.of(Topics.ARTICLES_ENRICHED).orElseThrow().config())
                .containsExactlyEntriesOf(Map.of("cleanup.policy", "compact"));
        assertThat(TopicManifest.of(Topics.ARTICLE_IDS).orElseThrow().config())
                .containsEntry("cleanup.policy", "compact").containsEntry("min.compaction.lag.ms", "604800000");
        assertThat(TopicManifest.of("no.such.topic")).isEmpty();
    }
}
