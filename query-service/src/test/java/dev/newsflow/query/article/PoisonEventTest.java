package dev.newsflow.query.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.Topics;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A poison event goes to the dead-letter topic with its reason; the events around it are materialized. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PoisonEventTest {

    @Test
    void poisonEventsGoToTheDeadLetterTopicAndTheNextOnesAreMaterialized() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (TopicReader dlq = TopicReader.fromNow(Topics.deadLetterOf(Topics.ARTICLES_ENRICHED));
                TopicWriter writer = new TopicWriter()) {
            // Given a good event, one that is not JSON, one that is not an ArticleEnriched, and a good one after
            writer.send(Topics.ARTICLES_ENRICHED, run + "-before", Enriched.json(Enriched.article(run + "-before",
                    "b", Instant.parse("2026-03-02T18:00:00Z"), "2026-03-02T17:00:00Z")));
            writer.send(Topics.ARTICLES_ENRICHED, run + "-poison-text", "not json at all");
            writer.send(Topics.ARTICLES_ENRICHED, run + "-poison-shape", "{\"id\":\"x\",\"title\":7}");
            writer.send(Topics.ARTICLES_ENRICHED, run + "-after", Enriched.json(Enriched.article(run + "-after",
                    "a", Instant.parse("2026-03-02T18:00:00Z"), "2026-03-02T17:00:00Z")));

            // When they are consumed, Then both poison events are dead letters with their reasons
            List<ConsumerRecord<String, String>> dead = dlq.await(2, r -> r.key().startsWith(run + "-poison"),
                    Duration.ofSeconds(30));
            assertThat(reason(dead, run + "-poison-text"))
                    .isEqualTo("the event is not a valid newsflow.article.enriched.v1: $: not valid JSON");
            assertThat(reason(dead, run + "-poison-shape")).contains("$.title: integer found, string expected");

            // And the good events on both sides are in the read model
            await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-after") != null);
            assertThat(ReadModel.revision(run + "-before")).isEqualTo(1);
            assertThat(ReadModel.revision("x")).isNull();
        }
    }

    private static String reason(List<ConsumerRecord<String, String>> records, String key) {
        ConsumerRecord<String, String> record = records.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow();
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
