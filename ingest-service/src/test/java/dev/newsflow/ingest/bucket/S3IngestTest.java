package dev.newsflow.ingest.bucket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventValidator;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.post.domain.ArticleIds;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The bucket as S3 (s3proxy on loopback): the folder's semantics, object by object. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(S3ProxyResource.class)
class S3IngestTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ROOT = S3ProxyResource.PREFIX;

    @Inject
    S3Client s3;

    @Inject
    ObjectMapper json;

    @Test
    void objectsInIncomingBecomeEventsAndMoveToProcessed() throws Exception {
        List<String> keys = List.of("s3/plain.md", "s3/nested/deeper/post.md", "s3/with space and ünïcödé.md");
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // When three posts are put into incoming/, one flat, one nested, one with spaces and unicode in its key
            for (String key : keys) {
                put("incoming/" + key, Posts.valid("S3 post " + key).getBytes(StandardCharsets.UTF_8));
            }

            // Then each becomes one valid event keyed by its id, with its bucket key
            Set<String> ids = keys.stream().map(ArticleIds::fromKey).collect(Collectors.toSet());
            List<ConsumerRecord<String, String>> events = ingested.await(3, r -> ids.contains(r.key()), WAIT);
            EventValidator validator = new EventValidator();
            for (ConsumerRecord<String, String> event : events) {
                assertThat(validator.violations(EventSchemas.ARTICLE_INGESTED, event.value())).isEmpty();
            }
            assertThat(events.stream().map(e -> field(e, "bucketKey")))
                    .containsExactlyInAnyOrderElementsOf(keys.stream().map(k -> "incoming/" + k).toList());

            // And each object moves from incoming/ to processed/ under the same key
            await().atMost(WAIT).until(() -> list("processed/").containsAll(keys)
                    && list("incoming/").stream().noneMatch(keys::contains));
            assertThat(ingested.drain(Duration.ofSeconds(1)).stream().filter(r -> ids.contains(r.key())))
                    .as("each object published once").hasSize(3);
        }
    }

    @Test
    void badObjectsAreQuarantinedWithTheirReportAndBlockNothing() throws Exception {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("s3-bad/no-front-matter.md", "line 1: no front matter: the file must start with a '---' line");
        reasons.put("s3-bad/empty.md", "empty file: 0 bytes");
        reasons.put("s3-bad/too-large.md", "the file is 1,048,577 bytes, over the 1,048,576-byte limit");
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // Given three bad objects: not a post, zero bytes, and one over the size cap
            put("incoming/s3-bad/no-front-matter.md", "Just text.\n".getBytes(StandardCharsets.UTF_8));
            put("incoming/s3-bad/empty.md", new byte[0]);
            put("incoming/s3-bad/too-large.md", new byte[1024 * 1024 + 1]);

            // And a key with '..' segments that climbs out of the prefix (the S3 API resolves them: bucket root)
            put("incoming/../../s3-outside.md", Posts.valid("Outside").getBytes(StandardCharsets.UTF_8));

            // When a good one is put with them
            put("incoming/s3-bad/good.md", Posts.valid("Good among bad").getBytes(StandardCharsets.UTF_8));

            // Then the good one is published
            ingested.await(1, r -> r.key().equals("s3-bad-good"), WAIT);

            // And each bad one is rejected once, with its reason, on articles.rejected and under rejected/ with its
            // report
            List<ConsumerRecord<String, String>> rejections = rejected.await(3,
                    r -> r.key().startsWith("incoming/s3-bad/"), WAIT);
            assertThat(rejections.stream().map(ConsumerRecord::key))
                    .containsExactlyInAnyOrderElementsOf(reasons.keySet().stream().map(k -> "incoming/" + k).toList());
            for (ConsumerRecord<String, String> record : rejections) {
                String key = record.key().substring("incoming/".length());
                assertThat(field(record, "reason")).as(key).isEqualTo(reasons.get(key));
            }
            await().atMost(WAIT).until(() -> list("rejected/").containsAll(reasons.keySet()));
            for (String key : reasons.keySet()) {
                JsonNode report = json.readTree(s3.getObjectAsBytes(r -> r.bucket(S3ProxyResource.BUCKET)
                        .key(ROOT + "rejected/" + key + Bucket.ERROR_SUFFIX)).asByteArray());
                assertThat(report.get("bucketKey").asText()).isEqualTo("incoming/" + key);
                assertThat(report.get("reason").asText()).as(key).isEqualTo(reasons.get(key));
            }
            await().atMost(WAIT).until(() -> list("incoming/").stream().noneMatch(k -> k.startsWith("s3-bad/")));

            // And the object that climbed out of the prefix is never taken nor moved
            assertThat(ingested.drain(Duration.ofSeconds(1))).noneMatch(r -> r.key().contains("outside"));
            assertThat(s3.listObjectsV2(r -> r.bucket(S3ProxyResource.BUCKET).prefix("s3-outside")).contents())
                    .extracting(S3Object::key).containsExactly("s3-outside.md");
        }
    }

    @Test
    void anObjectThatCannotBeReadIsQuarantinedAfterItsAttemptsAndBlocksNothing() throws Exception {
        String key = "s3-attempts/" + S3ProxyResource.UNREADABLE + ".md";
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // Given an object every read of which fails, and a good one beside it
            put("incoming/" + key, Posts.valid("Unreadable").getBytes(StandardCharsets.UTF_8));
            put("incoming/s3-attempts/fine.md", Posts.valid("Fine").getBytes(StandardCharsets.UTF_8));

            // Then the good one is published
            ingested.await(1, r -> r.key().equals("s3-attempts-fine"), WAIT);

            // And after its attempts the unreadable one is rejected once, with the reason, and quarantined with its
            // report
            ConsumerRecord<String, String> rejection = rejected.await(1, r -> r.key().equals("incoming/" + key), WAIT)
                    .get(0);
            assertThat(field(rejection, "reason"))
                    .startsWith("the object could not be taken after 5 attempts: Cannot read");
            await().atMost(WAIT).until(() -> list("rejected/").containsAll(List.of(key, key + Bucket.ERROR_SUFFIX)));
            await().atMost(WAIT).until(() -> !list("incoming/").contains(key));
            assertThat(rejected.drain(Duration.ofSeconds(3))).filteredOn(r -> r.key().equals("incoming/" + key))
                    .hasSize(1);
        }
    }

    @Test
    void aRejectedObjectFixedWhereItLiesIsSentBackAndPublished() throws Exception {
        String key = "s3-retry/gold.md";
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // Given an object rejected for its date, which its writer then fixed under rejected/
            put("incoming/" + key, Posts.badDate("S3 retry").getBytes(StandardCharsets.UTF_8));
            rejected.await(1, r -> r.key().equals("incoming/" + key), WAIT);
            await().atMost(WAIT).until(() -> list("rejected/").containsAll(List.of(key, key + Bucket.ERROR_SUFFIX)));
            put("rejected/" + key, Posts.valid("S3 retry").getBytes(StandardCharsets.UTF_8));

            // When it is sent back
            given().urlEncodingEnabled(false).post("/api/posts/rejected/s3-retry%2Fgold.md/retry").then()
                    .statusCode(202).body("bucketKey", equalTo("incoming/" + key));

            // Then it is published from the same key and moves to processed/, its report gone from rejected/
            ingested.await(1, r -> r.key().equals("s3-retry-gold"), WAIT);
            await().atMost(WAIT).until(() -> list("processed/").contains(key));
            assertThat(list("rejected/")).doesNotContain(key, key + Bucket.ERROR_SUFFIX);

            // And a second retry finds nothing to send back
            given().urlEncodingEnabled(false).post("/api/posts/rejected/s3-retry%2Fgold.md/retry").then()
                    .statusCode(404).body("detail", equalTo("there is no rejected post rejected/" + key));
        }
    }

    private void put(String key, byte[] content) {
        s3.putObject(r -> r.bucket(S3ProxyResource.BUCKET).key(ROOT + key), RequestBody.fromBytes(content));
    }

    private List<String> list(String area) {
        return S3ProxyResource.keys(s3, area).stream().map(k -> k.substring((ROOT + area).length())).toList();
    }

    private String field(ConsumerRecord<String, String> record, String name) {
        try {
            return json.readTree(record.value()).get(name).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
