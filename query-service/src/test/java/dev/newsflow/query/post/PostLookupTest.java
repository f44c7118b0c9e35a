package dev.newsflow.query.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.newsflow.query.support.StoryEvents;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A post is found by its bucket key, its key under incoming/ or its file name; what is not found says why. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PostLookupTest {

    @Test
    void aPostIsFoundByItsKeyItsOutcomeFolderOrItsOwnFileName() {
        // Given a rejected post whose file name no other post has
        String run = UUID.randomUUID().toString().substring(0, 8);
        String key = "incoming/2026/" + run + ".md";
        try (StoryEvents events = new StoryEvents()) {
            events.rejected(key, "bad", Instant.now());
        }
        PostStoryTest.awaitState(key, "rejected");

        // When it is asked for in each way, Then each finds it
        for (String asked : new String[] {key, "2026/" + run + ".md", "rejected/2026/" + run + ".md", run + ".md"}) {
            given().queryParam("key", asked).get("/api/posts/status").then().statusCode(200)
                    .body("bucketKey", equalTo(key)).body("state", equalTo("rejected"))
                    .body("id", equalTo(null)).body("waiting", equalTo(null));
        }
    }

    @Test
    void aFileNameThatSeveralPostsShareIsAConflictThatListsThem() {
        // Given two posts of the same file name in two folders, b's news the latest
        String name = UUID.randomUUID().toString().substring(0, 8) + ".md";
        try (StoryEvents events = new StoryEvents()) {
            events.rejected("incoming/a/" + name, "a", Instant.now().minusSeconds(2));
            events.rejected("incoming/b/" + name, "b", Instant.now().minusSeconds(1));
        }
        PostStoryTest.awaitState("incoming/a/" + name, "rejected");
        PostStoryTest.awaitState("incoming/b/" + name, "rejected");

        // When the bare file name is asked for, Then the answer lists both keys, latest first
        given().queryParam("key", name).get("/api/posts/status").then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Conflict"))
                .body("detail", equalTo("'" + name + "' matches 2 posts: incoming/b/" + name + ", incoming/a/"
                        + name + "; ask for one by its whole key"));

        // And each one's own key still finds it
        given().queryParam("key", "a/" + name).get("/api/posts/status").then().statusCode(200)
                .body("bucketKey", equalTo("incoming/a/" + name));
    }

    @Test
    void anUnknownKeyOrIdIsNotFoundAndAMissingKeyIsABadRequest() {
        given().queryParam("key", "no-such-post.md").get("/api/posts/status").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no post with key or file name 'no-such-post.md' has been seen on "
                        + "articles.ingested, articles.rejected or articles.enriched"));
        given().get("/api/posts/{id}/status", "no-such-article").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no post with article id 'no-such-article' has been seen on "
                        + "articles.ingested or articles.enriched"));
        String problem = given().get("/api/posts/status").then().statusCode(400)
                .contentType("application/problem+json").extract().path("detail");
        assertThat(problem).isEqualTo("invalid parameter 'key': is required: a bucket key or a file name");
    }
}
