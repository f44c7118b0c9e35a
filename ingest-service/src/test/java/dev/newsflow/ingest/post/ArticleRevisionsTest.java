package dev.newsflow.ingest.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventValidator;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * ingest-service numbers each article's revisions: 1 for the first content, the same for identical content, one more
 * for changed content; whichever way the post arrives (the bucket or HTTP), which each event says.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class ArticleRevisionsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    FolderBucket bucket;

    @Inject
    ObjectMapper json;

    @Test
    void revisionsFollowTheContentWhicheverWayThePostArrives() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader claims = TopicReader.fromNow(Topics.ARTICLE_IDS)) {
            // Given a post dropped into the bucket for the first time, Then it is revision 1, via the bucket
            String first = Posts.valid("Gold, first take");
            drop(first);
            assertEvent(awaitEvent(ingested, 1), first, 1, "bucket");

            // When the same content is dropped again, Then it is revision 1 still
            drop(first);
            assertEvent(awaitEvent(ingested, 2), first, 1, "bucket");

            // When changed content is dropped, Then it is revision 2
            String second = Posts.valid("Gold, second take");
            drop(second);
            assertEvent(awaitEvent(ingested, 3), second, 2, "bucket");

            // When that content is posted over HTTP under the same name, Then it is revision 2, via HTTP, and the
            // answer says so
            String answer = post(second);
            assertThat(answer).isEqualTo("{\"id\":\"rev-gold\",\"contentHash\":\"" + hash(second)
                    + "\",\"revision\":2}");
            assertEvent(awaitEvent(ingested, 4), second, 2, "http");

            // When changed content is posted, Then it is revision 3
            String third = Posts.valid("Gold, third take");
            assertThat(post(third)).isEqualTo("{\"id\":\"rev-gold\",\"contentHash\":\"" + hash(third)
                    + "\",\"revision\":3}");
            assertEvent(awaitEvent(ingested, 5), third, 3, "http");

            // And the id-claim topic recorded each new revision once: the claim with revision 1 of the first
            // content, then revisions 2 and 3
            List<ConsumerRecord<String, String>> records = claims.await(3, r -> r.key().equals("rev-gold"), WAIT);
            assertThat(records).extracting(r -> json.readTree(r.value()).path("revision").asInt(0))
                    .containsExactly(1, 2, 3);
            assertThat(json.readTree(records.get(0).value()).get("contentHash").asText()).isEqualTo(hash(first));
            assertThat(json.readTree(records.get(2).value()).get("contentHash").asText()).isEqualTo(hash(third));
            assertThat(claims.drain(Duration.ofSeconds(1))).filteredOn(r -> r.key().equals("rev-gold")).hasSize(3);
        }
    }

    @Test
    void postsOfOneArticleAtTheSameTimeGetARevisionEach() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(5);
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given five different contents of one post, When they are posted at the same time
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String content = Posts.valid("Race take " + i);
                answers.add(clients.submit(() -> json.readTree(given().contentType("text/markdown").body(content)
                        .queryParam("name", "rev/race.md").when().post("/api/posts")
                        .then().statusCode(202).extract().asString())));
            }

            // Then each got a revision of its own, 1 to 5, and its event carries the revision its answer said
            Map<String, Integer> answered = new HashMap<>();
            for (Future<JsonNode> answer : answers) {
                answered.put(answer.get().get("contentHash").asText(), answer.get().get("revision").asInt());
            }
            assertThat(answered.values()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
            Map<String, Integer> published = new HashMap<>();
            for (ConsumerRecord<String, String> record : ingested.await(5, r -> r.key().equals("rev-race"), WAIT)) {
                JsonNode event = json.readTree(record.value());
                published.put(event.get("contentHash").asText(), event.get("revision").asInt());
            }
            assertThat(published).isEqualTo(answered);
        } finally {
            clients.shutdown();
        }
    }

    private void drop(String content) {
        Posts.drop(bucket.incoming(), "rev/gold.md", content);
        await().atMost(WAIT).until(() -> Files.exists(bucket.processed().resolve("rev/gold.md"))
                && Files.readString(bucket.processed().resolve("rev/gold.md")).equals(content)
                && Files.notExists(bucket.incoming().resolve("rev/gold.md")));
    }

    private static String post(String content) {
        return given().contentType("text/markdown").body(content).queryParam("name", "rev/gold.md")
                .when().post("/api/posts").then().statusCode(202).extract().asString();
    }

    private static ConsumerRecord<String, String> awaitEvent(TopicReader ingested, int count) {
        List<ConsumerRecord<String, String>> events = ingested.await(count, r -> r.key().equals("rev-gold"), WAIT);
        assertThat(events).hasSize(count);
        return events.get(count - 1);
    }

    private void assertEvent(ConsumerRecord<String, String> record, String content, int revision, String via)
            throws Exception {
        assertThat(new EventValidator().violations(EventSchemas.ARTICLE_INGESTED, record.value())).isEmpty();
        JsonNode event = json.readTree(record.value());
        assertThat(event.get("contentHash").asText()).isEqualTo(hash(content));
        assertThat(event.get("revision").asInt()).isEqualTo(revision);
        assertThat(event.get("via").asText()).isEqualTo(via);
    }

    private static String hash(String content) {
        return ContentHash.of(content.getBytes(StandardCharsets.UTF_8));
    }
}
