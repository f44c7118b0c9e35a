package dev.newsflow.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventValidator;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.ingest.post.service.PostIngestor;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.log.LogRecords;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class FolderIngestTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    FolderBucket bucket;

    @Inject
    ObjectMapper json;

    @Test
    void referencePostBecomesOneEventWithEveryFieldAndMovesToProcessed() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                LogRecords log = LogRecords.of(PostIngestor.class)) {
            // Given a post in the reference format
            String post = Posts.resource("flow/reference.md");
            String hash = ContentHash.of(post.getBytes(StandardCharsets.UTF_8));

            // When it is dropped into incoming/
            Posts.drop(bucket.incoming(), "flow/2026-03-04 Asia close.md", post);

            // Then exactly one event comes out, keyed by the article id
            List<ConsumerRecord<String, String>> records = ingested.await(1,
                    r -> r.key().equals("flow-2026-03-04-asia-close"), WAIT);
            assertThat(ingested.drain(Duration.ofSeconds(1)))
                    .filteredOn(r -> r.key().equals("flow-2026-03-04-asia-close")).hasSize(1);
            ConsumerRecord<String, String> record = records.get(0);
            assertThat(log.messages(Level.INFO, "flow-2026-03-04-asia-close")).containsExactly("Published "
                    + "flow-2026-03-04-asia-close revision 1 from incoming/flow/2026-03-04 Asia close.md via bucket "
                    + "(sha256 " + hash
                    + ") at articles.ingested-" + record.partition() + "@" + record.offset());
            JsonNode event = json.readTree(record.value());
            assertThat(event.get("id").asText()).isEqualTo("flow-2026-03-04-asia-close");
            assertThat(event.get("contentHash").asText()).isEqualTo(hash);
            assertThat(event.get("bucketKey").asText()).isEqualTo("incoming/flow/2026-03-04 Asia close.md");
            assertThat(event.get("revision").asInt()).isEqualTo(1);
            assertThat(event.get("via").asText()).isEqualTo("bucket");
            assertThat(event.get("ingestedAt").asText())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
            assertThat(event.get("title").asText())
                    .isEqualTo("Asian markets climb as chip makers lead a broad rebound");
            assertThat(event.get("category").asText()).isEqualTo("Asia");
            assertThat(event.get("layout").asText()).isEqualTo("post");
            assertThat(event.get("publishedAt").asText()).isEqualTo("2026-03-04T08:15:30Z");
            assertThat(event.get("sourceUrl").asText()).isEqualTo("https://www.example.com/markets/asia-close-0304");
            assertThat(event.get("sentimentScore").asDouble()).isEqualTo(7.0);
            assertThat(event.get("sentimentLabel").asText()).isEqualTo("Optimistic");
            assertThat(json.convertValue(event.get("tldr"), List.class)).containsExactly(
                    "Japan's Nikkei 225 rose 1.9% to 39,412.55 and the Kospi gained 2.3% as chip makers rebounded.",
                    "Hong Kong's Hang Seng added 1.1% while mainland shares were little changed.",
                    "The yen weakened past 151 per dollar, lifting exporters.");
            assertThat(event.get("headline").asText())
                    .isEqualTo("Asian Markets Climb as Chip Makers Lead a Broad Rebound");
            assertThat(event.get("body").asText())
                    .startsWith("### Asian Markets Climb as Chip Makers Lead a Broad Rebound\nStocks across Asia "
                    + "rallied")
                    .contains("the CSI 300 slipped 0.1%.\n\nIn currencies")
                    .endsWith("(https://markets.example.org/2026/03/04/nikkei-chips)")
                    .doesNotContain("sentiment_score");
            assertThat(event.get("sources")).hasSize(2);
            assertThat(event.get("sources").get(0).get("title").asText())
                    .isEqualTo("Example Wire – 'Asian stocks rebound on chip rally'");
            assertThat(event.get("sources").get(0).get("url").asText())
                    .isEqualTo("https://www.example.com/markets/asia-close-0304");
            assertThat(event.get("sources").get(1).get("url").asText())
                    .isEqualTo("https://markets.example.org/2026/03/04/nikkei-chips");
            assertThat(event.get("extra").toString()).isEqualTo("{\"desk\":\"asia-open\"}");
            assertThat(event.size()).isEqualTo(18);

            // And the event is valid against the contract's schema
            assertThat(new EventValidator().violations(EventSchemas.ARTICLE_INGESTED, record.value())).isEmpty();

            // And it carries the CloudEvents binary-mode headers
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_id")).isEqualTo("flow-2026-03-04-asia-close:" + hash);
            assertThat(header(record, "ce_type")).isEqualTo("newsflow.article.ingested.v1");
            assertThat(header(record, "ce_source")).isEqualTo("/newsflow/ingest-service");
            assertThat(header(record, "ce_time")).isNotBlank();
            assertThat(header(record, "content-type")).isEqualTo("application/json");

            // And the file ends in processed/, byte for byte
            Path processed = bucket.processed().resolve("flow/2026-03-04 Asia close.md");
            await().atMost(WAIT).until(() -> Files.exists(processed));
            assertThat(Files.readString(processed)).isEqualTo(post);
            assertThat(bucket.incoming().resolve("flow/2026-03-04 Asia close.md")).doesNotExist();
        }
    }

    @Test
    void sameContentDroppedTwiceKeepsItsIdAndContentHash() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given a post that was dropped and processed
            String post = Posts.valid("Oil slips as supply worries ease");
            Posts.drop(bucket.incoming(), "twice/oil.md", post);
            await().atMost(WAIT).until(() -> Files.exists(bucket.processed().resolve("twice/oil.md")));

            // When the same content is dropped again under the same key
            Posts.drop(bucket.incoming(), "twice/oil.md", post);

            // Then both events carry the same id and content hash
            List<ConsumerRecord<String, String>> records = ingested.await(2, r -> r.key().equals("twice-oil"), WAIT);
            JsonNode first = json.readTree(records.get(0).value());
            JsonNode second = json.readTree(records.get(1).value());
            assertThat(second.get("id")).isEqualTo(first.get("id"));
            assertThat(second.get("contentHash").asText()).isEqualTo(first.get("contentHash").asText())
                    .isEqualTo(ContentHash.of(post.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void fiveHundredFilesDroppedAtOnceGiveFiveHundredEvents() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given 500 distinct posts
            // When they are dropped at once
            for (int i = 0; i < 500; i++) {
                Posts.drop(bucket.incoming(), "bulk/post-" + i + ".md", Posts.valid("Bulk post " + i));
            }

            // Then 500 events come out, one per post, and every file is processed
            List<ConsumerRecord<String, String>> records = ingested.await(500, r -> r.key().startsWith("bulk-post-"),
                    WAIT);
            assertThat(records.stream().map(ConsumerRecord::key).distinct()).hasSize(500);
            await().atMost(WAIT).untilAsserted(() -> assertThat(bucket.processed().resolve("bulk").toFile().list())
                    .hasSize(500));
            assertThat(ingested.drain(Duration.ofSeconds(1)))
                    .filteredOn(r -> r.key().startsWith("bulk-post-")).hasSize(500);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
