package dev.newsflow.ingest.post.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Duration;
import java.util.logging.Level;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class PostResourceTest {

    @Inject
    FolderBucket bucket;

    @Inject
    ObjectMapper json;

    @Test
    void goodPostIsAcceptedOnceKafkaAcknowledgedIt() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                LogRecords log = LogRecords.of(PostIngestor.class)) {
            // Given a valid post
            String post = Posts.valid("Gold climbs to a record");

            // When it is posted
            given().contentType("text/markdown").body(post).queryParam("name", "api/Gold Record.md")
                    .when().post("/api/posts")
                    // Then it is accepted with its id and hash
                    .then().statusCode(202)
                    .body("id", equalTo("api-gold-record"))
                    .body("contentHash", equalTo(ContentHash.of(post.getBytes(StandardCharsets.UTF_8))))
                    .body("revision", equalTo(1));

            // And the event is already on the topic, and the post is kept under processed/
            ConsumerRecord<String, String> record = ingested.await(1, r -> r.key().equals("api-gold-record"),
                    Duration.ofSeconds(5)).get(0);
            JsonNode event = json.readTree(record.value());
            assertThat(event.get("title").asText()).isEqualTo("Gold climbs to a record");
            assertThat(event.get("bucketKey").asText()).isEqualTo("incoming/api/Gold Record.md");
            assertThat(event.get("revision").asInt()).isEqualTo(1);
            assertThat(event.get("via").asText()).isEqualTo("http");
            assertThat(Files.readString(bucket.processed().resolve("api/Gold Record.md"))).isEqualTo(post);
            // And one INFO line says what was published, from where, and where Kafka wrote it
            assertThat(log.messages(Level.INFO, "api-gold-record")).containsExactly("Published api-gold-record "
                    + "revision 1 from incoming/api/Gold Record.md via http (sha256 "
                    + ContentHash.of(post.getBytes(StandardCharsets.UTF_8)) + ") at articles.ingested-"
                    + record.partition() + "@" + record.offset());
        }
    }

    @Test
    void badPostIsA422ProblemAndIsQuarantined() throws Exception {
        try (TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED);
                LogRecords log = LogRecords.of(PostIngestor.class)) {
            // Given a post with an unparseable date
            String post = Posts.badDate("Broken date");

            // When it is posted
            given().contentType("text/markdown").body(post).queryParam("name", "api/broken.md")
                    .when().post("/api/posts")
                    // Then the answer is a problem naming the line and field
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("status", equalTo(422))
                    .body("title", equalTo("Unprocessable Content"))
                    .body("detail", startsWith("line 4, field 'date': '2026-13-45' is not a date"))
                    .body("errors", hasSize(1))
                    .body("errors[0].line", equalTo(4))
                    .body("errors[0].field", equalTo("date"));

            // And it is quarantined like a dropped file, with its report and a rejection event
            assertThat(Files.readString(bucket.rejected().resolve("api/broken.md"))).isEqualTo(post);
            JsonNode report = json.readTree(FolderBucket.reportOf(bucket.rejected().resolve("api/broken.md")).toFile());
            assertThat(report.get("bucketKey").asText()).isEqualTo("incoming/api/broken.md");
            ConsumerRecord<String, String> record = rejected.await(1, r -> r.key().equals("incoming/api/broken.md"),
                    Duration.ofSeconds(5)).get(0);
            assertThat(json.readTree(record.value()).get("via").asText()).isEqualTo("http");
            // And one INFO line says what was rejected, why, and where Kafka wrote the rejection
            assertThat(log.messages(Level.INFO, "incoming/api/broken.md")).containsExactly("Rejected "
                    + "incoming/api/broken.md (sha256 " + ContentHash.of(post.getBytes(StandardCharsets.UTF_8))
                    + ") at articles.rejected-" + record.partition() + "@" + record.offset()
                    + ": line 4, field 'date': "
                    + "'2026-13-45' is not a date (expected YYYY-MM-DD HH:MM:SS, optionally with a zone offset, or "
                    + "ISO-8601)");
        }
    }

    @Test
    void aPostWhoseIdIsHeldByAnotherKeyIsA409ProblemAndIsQuarantined() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // Given a post accepted as "api/Oil Rally.md" (id api-oil-rally)
            given().contentType("text/markdown").body(Posts.valid("Oil rallies")).queryParam("name", "api/Oil Rally.md")
                    .when().post("/api/posts").then().statusCode(202).body("id", equalTo("api-oil-rally"));

            // When another post is posted as "api/oil-rally.md", the same id
            String post = Posts.valid("Oil slumps");
            String reason = "the id api-oil-rally is already held by incoming/api/Oil Rally.md; give this post another "
                    + "name, or drop it as incoming/api/Oil Rally.md to revise that article";
            String body = given().contentType("text/markdown").body(post).queryParam("name", "api/oil-rally.md")
                    .when().post("/api/posts")
                    // Then the answer is a 409 problem naming the key that holds the id
                    .then().statusCode(409).contentType("application/problem+json").extract().asString();
            assertThat(body).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\""
                    + reason + "\",\"errors\":[{\"line\":null,\"field\":null,\"message\":\"" + reason + "\"}]}");

            // And it is quarantined with its report and a rejection event
            assertThat(Files.readString(bucket.rejected().resolve("api/oil-rally.md"))).isEqualTo(post);
            JsonNode report = json.readTree(FolderBucket.reportOf(bucket.rejected().resolve("api/oil-rally.md"))
                    .toFile());
            assertThat(report.get("reason").asText()).isEqualTo(reason);
            JsonNode event = json.readTree(rejected.await(1, r -> r.key().equals("incoming/api/oil-rally.md"),
                    Duration.ofSeconds(5)).get(0).value());
            assertThat(event.get("reason").asText()).isEqualTo(reason);
            assertThat(bucket.processed().resolve("api/oil-rally.md")).doesNotExist();

            // And a good post after it is accepted, while the first article got no second event
            given().contentType("text/markdown").body(Posts.valid("Oil steadies"))
                    .queryParam("name", "api/oil-steady.md")
                    .when().post("/api/posts").then().statusCode(202);
            assertThat(ingested.drain(Duration.ofSeconds(2))).filteredOn(r -> r.key().equals("api-oil-rally"))
                    .hasSize(1).allSatisfy(r -> assertThat(json.readTree(r.value()).get("title").asText())
                            .isEqualTo("Oil rallies"));
        }
    }

    @Test
    void unsafeNameIsA400ProblemThatNamesTheParameter() {
        given().contentType("text/markdown").body(Posts.valid("Escape")).queryParam("name", "../etc/passwd.md")
                .when().post("/api/posts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", equalTo("name: the name must not contain empty, '.' or '..' segments"));
        assertThat(bucket.processed().getParent().resolve("etc")).doesNotExist();
    }

    @Test
    void missingNameIsA400Problem() {
        given().contentType("text/markdown").body(Posts.valid("No name"))
                .when().post("/api/posts")
                .then().statusCode(400)
                .body("detail", equalTo("name: the name is empty"));
    }

    @Test
    void whileAccessControlIsOffAPostNeedsNoTokenAndAnyTokenIsIgnored() {
        // Given access control off (the default), When a post comes with a token nobody could verify
        given().auth().oauth2("not-a-jwt").contentType("text/markdown").body(Posts.valid("Open door"))
                .queryParam("name", "api/open.md")
                .when().post("/api/posts")
                // Then it is taken all the same, and the OpenAPI document asks for no token
                .then().statusCode(202).body("id", equalTo("api-open"));
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/posts'.post.security", nullValue())
                .body("paths.'/api/posts'.post.'x-newsflow-role'", equalTo("newsflow-writer"))
                .body("components.securitySchemes", nullValue());
    }
}
