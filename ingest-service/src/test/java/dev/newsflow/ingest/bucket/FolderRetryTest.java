package dev.newsflow.ingest.bucket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /api/posts/rejected/{key}/retry} sends a rejected post back to incoming/ to be read again. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class FolderRetryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    FolderBucket bucket;

    @Inject
    ObjectMapper json;

    @Test
    void aRejectedPostFixedInPlaceIsReadAgainAndBothAttemptsAreEvents() throws Exception {
        String key = "retry-" + UUID.randomUUID().toString().substring(0, 8) + "/gold record.md";
        try (TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED);
                TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given a post rejected for its date, which its writer then fixed where it lies
            Posts.drop(bucket.incoming(), key, Posts.badDate("Gold record"));
            JsonNode rejection = json.readTree(rejected.await(1, r -> r.key().equals("incoming/" + key), WAIT).get(0)
                    .value());
            Path quarantined = bucket.rejected().resolve(key);
            await().atMost(WAIT).until(() -> Files.exists(FolderBucket.reportOf(quarantined)));
            Files.writeString(quarantined, Posts.valid("Gold record"));

            // When it is sent back, its key URL-encoded
            given().urlEncodingEnabled(false)
                    .post("/api/posts/rejected/" + key.replace("/", "%2F").replace(" ", "%20") + "/retry")
                    .then().statusCode(202).contentType("application/json")
                    .body("bucketKey", equalTo("incoming/" + key));

            // Then it is read again and published from the same bucket key, after its rejection
            JsonNode published = json.readTree(ingested.await(1, r -> r.value().contains("\"bucketKey\":\"incoming/"
                    + key + "\""), WAIT).get(0).value());
            assertThat(published.get("bucketKey").asText()).isEqualTo(rejection.get("bucketKey").asText());
            assertThat(Instant.parse(published.get("ingestedAt").asText()))
                    .isAfter(Instant.parse(rejection.get("rejectedAt").asText()));

            // And it ends in processed/, rejected once only, with neither it nor its report left under rejected/
            await().atMost(WAIT).until(() -> Files.exists(bucket.processed().resolve(key)));
            assertThat(quarantined).doesNotExist();
            assertThat(FolderBucket.reportOf(quarantined)).doesNotExist();
            assertThat(rejected.drain(Duration.ofSeconds(1))).filteredOn(r -> r.key().equals("incoming/" + key))
                    .hasSize(1);
        }
    }

    @Test
    void aKeyWithNoRejectedPostIsNotFound() {
        given().urlEncodingEnabled(false).post("/api/posts/rejected/no-such%2Fpost.md/retry")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("there is no rejected post rejected/no-such/post.md"));
    }

    @Test
    void aPostOfThatNameInIncomingAlreadyIsAConflictAndNothingMoves() throws Exception {
        // Given a rejected post, and in incoming/ an entry of the same name that ingest-service leaves alone
        String key = "taken-" + UUID.randomUUID().toString().substring(0, 8) + ".md";
        Path quarantined = bucket.rejected().resolve(key);
        Files.writeString(quarantined, Posts.badDate("Taken"));
        Files.writeString(FolderBucket.reportOf(quarantined), "{}");
        Files.createDirectories(bucket.incoming().resolve(key));

        // When it is sent back, Then the answer says incoming/ holds that name
        given().urlEncodingEnabled(false).post("/api/posts/rejected/" + key + "/retry")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("incoming/" + key + " exists already; rejected/" + key
                        + " was left where it is"));

        // And the rejected post and its report are where they were
        assertThat(quarantined).exists();
        assertThat(FolderBucket.reportOf(quarantined)).exists();
    }

    @Test
    void aKeyThatLeavesTheFolderIsABadRequest() {
        given().urlEncodingEnabled(false).post("/api/posts/rejected/..%2F..%2Fsecret.md/retry")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("key: the name must not contain empty, '.' or '..' segments"));
    }
}
