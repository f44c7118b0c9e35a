package dev.newsflow.ingest.post.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.platform.security.Access;
import dev.newsflow.testsupport.auth.AccessControlOn;
import dev.newsflow.testsupport.auth.TestTokens;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** With access control on, {@code POST /api/posts} takes a post only with a valid token that has the writer role. */
@QuarkusTest
@TestProfile(AccessControlOn.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class PostAccessTest {

    @Inject
    FolderBucket bucket;

    @Test
    void aPostWithoutATokenIsRefusedWith401AndNothingIsPublishedOrKept() {
        refused(null, "api/no-token.md", 401, "a bearer token with the role newsflow-writer is required");
    }

    @Test
    void aTokenSignedByAnUntrustedKeyIsRefusedWith401() {
        refused(TestTokens.signedByAStranger("mallory", Access.WRITER), "api/stranger.md", 401,
                "the bearer token is not signed by a trusted key");
    }

    @Test
    void anExpiredTokenIsRefusedWith401() {
        refused(TestTokens.expired("alice", Access.WRITER), "api/expired.md", 401, "the bearer token has expired");
    }

    @Test
    void aTokenWithoutTheWriterRoleIsRefusedWith403() {
        refused(TestTokens.withRoles("bob", Access.READER), "api/reader.md", 403,
                "the bearer token of bob does not have the role newsflow-writer");
    }

    @Test
    void aWriterTokenGetsThePostPublished() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given a token with the writer role, When a post is sent with it
            given().auth().oauth2(TestTokens.withRoles("alice", Access.WRITER))
                    .contentType("text/markdown").body(Posts.valid("Written with a token"))
                    .queryParam("name", "api/with-token.md")
                    .when().post("/api/posts")
                    // Then it is accepted and published
                    .then().statusCode(202).body("id", equalTo("api-with-token"));
            ingested.await(1, r -> r.key().equals("api-with-token"), Duration.ofSeconds(10));
        }
    }

    @Test
    void aRetractionWithoutATokenIsRefusedWith401AndNothingIsPublished() {
        retractionRefused(null, 401, "a bearer token with the role newsflow-writer is required");
    }

    @Test
    void aRetractionWithAReaderTokenIsRefusedWith403AndNothingIsPublished() {
        retractionRefused(TestTokens.withRoles("bob", Access.READER), 403,
                "the bearer token of bob does not have the role newsflow-writer");
    }

    @Test
    void aWriterTokenGetsTheArticleRetracted() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given an article posted with a writer token
            String token = TestTokens.withRoles("alice", Access.WRITER);
            given().auth().oauth2(token).contentType("text/markdown").body(Posts.valid("To be retracted"))
                    .queryParam("name", "api/to-retract.md")
                    .when().post("/api/posts").then().statusCode(202);

            // When it is retracted with that token, Then the retraction is accepted and published
            given().auth().oauth2(token).when().delete("/api/posts/api-to-retract")
                    .then().statusCode(202).body("id", equalTo("api-to-retract")).body("revision", equalTo(1));
            ingested.await(2, r -> r.key().equals("api-to-retract"), Duration.ofSeconds(10));
        }
    }

    @Test
    void aRetryOfARejectedPostNeedsTheWriterRole() throws Exception {
        // Given a rejected post
        Path quarantined = bucket.rejected().resolve("api/retry-access.md");
        Files.createDirectories(quarantined.getParent());
        Files.writeString(quarantined, Posts.valid("Retried with a token"));

        // When it is sent back without a token, or with a reader's, Then it is refused and stays where it is
        given().urlEncodingEnabled(false).post("/api/posts/rejected/api%2Fretry-access.md/retry").then().statusCode(401)
                .body("detail", equalTo("a bearer token with the role newsflow-writer is required"));
        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.withRoles("bob", Access.READER))
                .post("/api/posts/rejected/api%2Fretry-access.md/retry").then().statusCode(403);
        assertThat(quarantined).exists();

        // And a writer's token sends it back
        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.withRoles("alice", Access.WRITER))
                .post("/api/posts/rejected/api%2Fretry-access.md/retry").then().statusCode(202)
                .body("bucketKey", equalTo("incoming/api/retry-access.md"));
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerSchemeOnTheWrite() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/posts'.post.security.bearer", hasItem(List.of()))
                .body("paths.'/api/posts'.post.responses.'401'.description", equalTo(
                        "No bearer token, or one that is expired or not signed by a trusted key"))
                .body("paths.'/api/posts'.post.responses.'403'.description", equalTo(
                        "The bearer token does not have the role newsflow-writer"))
                .body("paths.'/api/posts/{id}'.delete.security.bearer", hasItem(List.of()))
                .body("paths.'/api/posts/{id}'.delete.responses.'401'.description", equalTo(
                        "No bearer token, or one that is expired or not signed by a trusted key"));
    }

    private void refused(String token, String name, int status, String detail) {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given a post and the token (or none), When it is sent
            var request = given();
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            ValidatableResponse response = request.contentType("text/markdown").body(Posts.valid("Refused " + name))
                    .queryParam("name", name)
                    .when().post("/api/posts")
                    // Then it is refused with a problem that says why
                    .then().statusCode(status)
                    .contentType("application/problem+json")
                    .body("status", equalTo(status))
                    .body("title", equalTo(status == 401 ? "Unauthorized" : "Forbidden"))
                    .body("detail", equalTo(detail));
            if (status == 401) {
                response.header("WWW-Authenticate", equalTo("Bearer"));
            }
            // And nothing was published or kept
            List<ConsumerRecord<String, String>> published = ingested.drain(Duration.ofSeconds(1));
            assertThat(published).isEmpty();
            assertThat(bucket.processed().resolve(name)).doesNotExist();
            assertThat(bucket.rejected().resolve(name)).doesNotExist();
        }
    }

    private void retractionRefused(String token, int status, String detail) {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given an article posted with a writer token
            given().auth().oauth2(TestTokens.withRoles("alice", Access.WRITER)).contentType("text/markdown")
                    .body(Posts.valid("Kept")).queryParam("name", "api/kept-" + status + ".md")
                    .when().post("/api/posts").then().statusCode(202);

            // When its retraction comes with the token (or none)
            var request = given();
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            request.when().delete("/api/posts/api-kept-" + status)
                    // Then it is refused with a problem that says why
                    .then().statusCode(status)
                    .contentType("application/problem+json")
                    .body("detail", equalTo(detail));

            // And no retraction was published: the article's only event is its publication
            assertThat(ingested.drain(Duration.ofSeconds(1))).filteredOn(r -> r.key().equals("api-kept-" + status))
                    .extracting(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .containsExactly("newsflow.article.ingested.v1");
        }
    }
}
