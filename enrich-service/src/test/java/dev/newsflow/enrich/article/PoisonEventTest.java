package dev.newsflow.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Topics;
import dev.newsflow.enrich.support.Articles;
import dev.newsflow.enrich.support.LoopbackPagesResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(LoopbackPagesResource.class)
class PoisonEventTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Test
    void poisonEventsGoToTheDeadLetterTopicWithTheirReasonAndTheNextOnesKeepFlowing() {
        try (TopicReader dlq = TopicReader.fromNow(Topics.deadLetterOf(Topics.ARTICLES_INGESTED));
                TopicReader enriched = TopicReader.fromNow(Topics.ARTICLES_ENRICHED);
                TopicWriter writer = new TopicWriter()) {
            // Given an event that is not JSON, one that is JSON but not an ArticleIngested, and a good one after them
            writer.send(Topics.ARTICLES_INGESTED, "poison-text", "this is not json");
            writer.send(Topics.ARTICLES_INGESTED, "poison-shape", "{\"id\":\"poison-shape\",\"title\":42}");
            writer.send(Topics.ARTICLES_INGESTED, "after-poison",
                    Articles.ingested(json, "after-poison", null, List.of(), "Gold rose 1.1% to $2,650 an ounce."));

            // When the service consumes them
            // Then each poison event is on the dead-letter topic with its reason
            List<ConsumerRecord<String, String>> dead = dlq.await(2, r -> r.key().startsWith("poison-"), WAIT);
            assertThat(reason(dead, "poison-text")).isEqualTo("the event is not a valid newsflow.article.ingested.v1: "
                    + "$: not valid JSON");
            assertThat(reason(dead, "poison-shape"))
                    .startsWith("the event is not a valid newsflow.article.ingested.v1: ")
                    .contains("$.title: integer found, string expected")
                    .contains("required property 'contentHash' not found");
            assertThat(dead).filteredOn(r -> r.key().equals("poison-text")).singleElement()
                    .extracting(ConsumerRecord::value).isEqualTo("this is not json");

            // And the good event after them is enriched, and nothing poison is
            enriched.await(1, r -> r.key().equals("after-poison"), WAIT);
            assertThat(enriched.drain(Duration.ofSeconds(1))).noneMatch(r -> r.key().startsWith("poison-"));
        }
    }

    private static String reason(List<ConsumerRecord<String, String>> records, String key) {
        ConsumerRecord<String, String> record = records.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow();
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
