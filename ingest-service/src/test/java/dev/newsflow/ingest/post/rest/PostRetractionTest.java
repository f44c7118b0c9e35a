package dev.newsflow.ingest.post.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventValidator;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
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
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** {@code DELETE /api/posts/{id}} retracts an article's current revision; its post dropped again comes back. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class PostRetractionTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    FolderBucket bucket;

    @Inject
    ObjectMapper json;

    @Test
    void aRetractionIsPublishedOnceAndTheSamePostDroppedAgainIsTheNextRevision() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader claims = TopicReader.fromNow(Topics.ARTICLE_IDS)) {
            // Given an article posted once (revision 1)
            String post = Posts.valid("Oil slides");
            given().contentType("text/markdown").body(post).queryParam("name", "ret/Oil Slides.md")
                    .when().post("/api/posts").then().statusCode(202);

            // When it is retracted with a reason
            String answer = given().queryParam("reason", "the figures were wrong")
                    .when().delete("/api/posts/ret-oil-slides")
                    .then().statusCode(202).contentType("application/json").extract().asString();

            // Then the answer is the retraction of revision 1
            JsonNode retraction = json.readTree(answer);
            assertThat(answer).isEqualTo("{\"id\":\"ret-oil-slides\",\"bucketKey\":\"incoming/ret/Oil Slides.md\","
                    + "\"revision\":1,\"retractedAt\":\"" + retraction.get("retractedAt").asText()
                    + "\",\"reason\":\"the figures were wrong\"}");
            // And exactly that event is on articles.ingested, keyed by the id, as a retraction
            List<ConsumerRecord<String, String>> events = ingested.await(2, r -> r.key().equals("ret-oil-slides"),
                    WAIT);
            ConsumerRecord<String, String> event = events.get(1);
            assertThat(event.value()).isEqualTo(answer);
            assertThat(new EventValidator().violations(EventSchemas.ARTICLE_RETRACTED, event.value())).isEmpty();
            assertThat(header(event, "ce_type")).isEqualTo("newsflow.article.retracted.v1");
            assertThat(header(event, "ce_id")).isEqualTo("ret-oil-slides:retracted:1");
            assertThat(header(event, "ce_source")).isEqualTo("/newsflow/ingest-service");
            // And the retraction is recorded with the id, and the post's file stays under processed/
            String recorded = "\"revision\":1,\"contentHash\":\"" + json.readTree(events.get(0).value())
                    .get("contentHash").asText() + "\",\"retracted\":true}";
            await().atMost(WAIT).until(() -> claims.drain(Duration.ofMillis(200)).stream()
                    .filter(r -> r.key().equals("ret-oil-slides")).anyMatch(r -> r.value().endsWith(recorded)));
            assertThat(Files.readString(bucket.processed().resolve("ret/Oil Slides.md"))).isEqualTo(post);

            // When it is retracted again, Then the answer is a 409 problem, and nothing more is published
            String again = given().when().delete("/api/posts/ret-oil-slides")
                    .then().statusCode(409).contentType("application/problem+json").extract().asString();
            assertThat(again).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
                    + "\"detail\":\"the article ret-oil-slides is already retracted (revision 1); drop incoming/ret/"
                    + "Oil Slides.md again to bring it back\"}");
            assertThat(ingested.drain(Duration.ofSeconds(1))).filteredOn(r -> r.key().equals("ret-oil-slides"))
                    .hasSize(2);

            // When the same post is dropped again, unchanged, Then it comes back as revision 2
            Posts.drop(bucket.incoming(), "ret/Oil Slides.md", post);
            ConsumerRecord<String, String> back = ingested.await(3, r -> r.key().equals("ret-oil-slides"), WAIT)
                    .get(2);
            assertThat(json.readTree(back.value()).get("revision").asInt()).isEqualTo(2);
            assertThat(json.readTree(back.value()).get("via").asText()).isEqualTo("bucket");
            assertThat(header(back, "ce_type")).isEqualTo("newsflow.article.ingested.v1");

            // And it can be retracted again, as revision 2, with the default reason when none is given
            given().when().delete("/api/posts/ret-oil-slides").then().statusCode(202)
                    .body("revision", equalTo(2))
                    .body("reason", equalTo("retracted by its writer"));
        }
    }

    @Test
    void anIdNobodyHoldsIsA404ProblemAndNothingIsPublished() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            String answer = given().when().delete("/api/posts/ret-never-posted")
                    .then().statusCode(404).contentType("application/problem+json").extract().asString();
            assertThat(answer).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                    + "\"detail\":\"no post holds the id ret-never-posted\"}");
            assertThat(ingested.drain(Duration.ofSeconds(1))).isEmpty();
        }
    }

    @Test
    void aReasonOverTheLimitIsA400ProblemAndTheArticleIsNotRetracted() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given an article posted
            given().contentType("text/markdown").body(Posts.valid("Copper")).queryParam("name", "ret/copper.md")
                    .when().post("/api/posts").then().statusCode(202);

            // When a retraction of it comes with a reason of 1,001 characters
            String answer = given().queryParam("reason", "x".repeat(1_001))
                    .when().delete("/api/posts/ret-copper")
                    .then().statusCode(400).contentType("application/problem+json").extract().asString();

            // Then it is refused, naming the parameter, and the article is still there to retract
            assertThat(answer).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                    + "\"detail\":\"reason: the reason is 1,001 characters long, over the limit of 1,000\"}");
            assertThat(ingested.drain(Duration.ofSeconds(1))).filteredOn(r -> r.key().equals("ret-copper"))
                    .hasSize(1);
            given().queryParam("reason", "x".repeat(1_000)).when().delete("/api/posts/ret-copper")
                    .then().statusCode(202);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheRetractionWithExamplesOfItsAnswers() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/posts/{id}'.delete.summary", equalTo("Retract an article"))
                .body("paths.'/api/posts/{id}'.delete.'x-newsflow-role'", equalTo("newsflow-writer"))
                .body("paths.'/api/posts/{id}'.delete.responses.'202'.content.'application/json'.examples.retracted"
                        + ".value.revision", equalTo(2))
                .body("paths.'/api/posts/{id}'.delete.responses.'404'.content.'application/problem+json'.examples"
                        + ".unknown.value.detail", equalTo("no post holds the id 2026-03-02-gold"))
                .body("paths.'/api/posts/{id}'.delete.responses.'409'.content.'application/problem+json'.examples"
                        + ".'already retracted'.value.status", equalTo(409))
                .body("paths.'/api/posts'.post.responses.'202'.content.'application/json'.examples.accepted.value"
                        + ".revision", equalTo(1));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
