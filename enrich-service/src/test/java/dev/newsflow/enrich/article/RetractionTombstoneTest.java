package dev.newsflow.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleRetracted;
import dev.newsflow.enrich.support.Articles;
import dev.newsflow.enrich.support.CloudEventWriter;
import dev.newsflow.enrich.support.LoopbackPagesResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** Retractions on articles.ingested come out as tombstones of their article; revision and via pass through. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(LoopbackPagesResource.class)
class RetractionTombstoneTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Test
    void aRetractionComesOutAsATombstoneWithTheRetractionInAHeader() throws Exception {
        try (TopicReader enriched = TopicReader.fromNow(Topics.ARTICLES_ENRICHED);
                CloudEventWriter writer = new CloudEventWriter()) {
            // Given the retraction of revision 2 of the article tomb-one, as ingest-service publishes it
            String retraction = retraction("tomb-one").toString();

            // When it is on articles.ingested
            writer.send(Topics.ARTICLES_INGESTED, "tomb-one", EventTypes.ARTICLE_RETRACTED_V1, retraction);

            // Then a tombstone of tomb-one comes out: no value, the CloudEvents headers of a retraction
            ConsumerRecord<String, String> record = enriched.await(1, r -> r.key().equals("tomb-one"), WAIT).get(0);
            assertThat(record.value()).isNull();
            Map<String, String> headers = new TreeMap<>(headers(record));
            assertThat(headers.remove("traceparent")).as("the trace it was enriched in")
                    .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(headers).isEqualTo(new TreeMap<>(Map.of(
                    "ce_specversion", "1.0",
                    "ce_id", "tomb-one:retracted:2",
                    "ce_type", "newsflow.article.retracted.v1",
                    "ce_source", "/newsflow/enrich-service",
                    "ce_subject", "tomb-one",
                    "ce_time", "2026-03-02T18:10:00Z",
                    "ce_datacontenttype", "application/json",
                    "content-type", "application/json",
                    ArticleRetracted.HEADER, "{\"id\":\"tomb-one\","
                            + "\"bucketKey\":\"incoming/2026/03-02 Europe close.md\",\"revision\":2,"
                            + "\"retractedAt\":\"2026-03-02T18:10:00Z\","
                            + "\"reason\":\"the closing levels were wrong\"}")));
        }
    }

    @Test
    void aMalformedRetractionGoesToTheDeadLetterTopicWithItsReasonAndTheNextEventsKeepFlowing() throws Exception {
        try (TopicReader dlq = TopicReader.fromNow(Topics.deadLetterOf(Topics.ARTICLES_INGESTED));
                TopicReader enriched = TopicReader.fromNow(Topics.ARTICLES_ENRICHED);
                CloudEventWriter writer = new CloudEventWriter()) {
            // Given a retraction of revision 0 without a reason, then a good retraction
            ObjectNode bad = retraction("tomb-bad").put("revision", 0);
            bad.remove("reason");
            writer.send(Topics.ARTICLES_INGESTED, "tomb-bad", EventTypes.ARTICLE_RETRACTED_V1, bad.toString());
            writer.send(Topics.ARTICLES_INGESTED, "tomb-good", EventTypes.ARTICLE_RETRACTED_V1,
                    retraction("tomb-good").toString());

            // When the service consumes them
            // Then the bad one is on the dead-letter topic, as it was, with a reason that names each fault
            ConsumerRecord<String, String> dead = dlq.await(1, r -> r.key().equals("tomb-bad"), WAIT).get(0);
            assertThat(dead.value()).isEqualTo(bad.toString());
            assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                    .isEqualTo("the event is not a valid newsflow.article.retracted.v1: "
                            + "$.revision: must have a minimum value of 1; $: required property 'reason' not found");

            // And the good one comes out as a tombstone, and nothing of the bad one does
            enriched.await(1, r -> r.key().equals("tomb-good"), WAIT);
            assertThat(enriched.drain(Duration.ofSeconds(1))).noneMatch(r -> r.key().equals("tomb-bad"));
        }
    }

    @Test
    void theRevisionAndViaOfAnIngestedArticlePassThroughUnchanged() throws Exception {
        try (TopicReader enriched = TopicReader.fromNow(Topics.ARTICLES_ENRICHED);
                CloudEventWriter writer = new CloudEventWriter()) {
            // Given revision 3 of an article that arrived over HTTP
            ObjectNode article = (ObjectNode) json.readTree(Articles.ingested(json, "revised-three", null, List.of(),
                    "Oil fell 2.1% to $71.40 a barrel."));
            article.put("revision", 3).put("via", "http");

            // When it is on articles.ingested
            writer.send(Topics.ARTICLES_INGESTED, "revised-three", EventTypes.ARTICLE_INGESTED_V1,
                    article.toString());

            // Then the enriched event carries the same revision and via
            JsonNode out = json.readTree(enriched.await(1, r -> r.key().equals("revised-three"), WAIT).get(0)
                    .value());
            assertThat(out.get("revision").asInt()).isEqualTo(3);
            assertThat(out.get("via").asText()).isEqualTo("http");
        }
    }

    private ObjectNode retraction(String id) throws Exception {
        return ((ObjectNode) json.readTree(EventSchemas.ARTICLE_RETRACTED.fixture())).put("id", id);
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
