package dev.newsflow.query.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.StoryEvents;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/** The story of a post through the real broker: each stage in order with its details, and where it waits. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PostStoryTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aPostRejectedThenSentAgainShowsBothAttemptsUntilItIsMaterialized() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String key = "incoming/2026/" + run + " gold.md";
        String id = "2026-" + run + "-gold";
        Instant rejectedAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        try (StoryEvents events = new StoryEvents()) {
            // Given a post that was rejected, then sent again and published
            RecordMetadata rejected = events.rejected(key, "bad", rejectedAt);
            awaitState(key, "rejected");
            Instant ingestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            RecordMetadata published = events.ingested(id, key, "good", 1, ingestedAt, TRACEPARENT);

            // When its story is asked for before enrich-service took it
            JsonPath waiting = awaitState(key, "published");

            // Then it shows the rejection, then the new attempt, and waits on enrich-service
            assertThat(waiting.getList("stages.stage")).containsExactly("rejected", "received", "published");
            assertThat(waiting.getString("id")).isEqualTo(id);
            assertThat(waiting.getString("bucketKey")).isEqualTo(key);
            assertThat(waiting.getString("waiting.on")).isEqualTo("enrich-service");
            assertThat(waiting.getLong("waiting.seconds")).isBetween(0L, 600L);
            Map<String, Object> rejection = waiting.getMap("stages[0]");
            assertThat(rejection).containsEntry("at", rejectedAt.toString()).containsEntry("topic", "articles.rejected")
                    .containsEntry("partition", rejected.partition())
                    .containsEntry("offset", (int) rejected.offset()).containsEntry("via", "bucket")
                    .containsEntry("contentHash", Enriched.hash("bad"))
                    .containsEntry("reason", "line 4, field 'date': '2026-13-45' is not a date (expected YYYY-MM-DD "
                            + "HH:MM:SS, optionally with a zone offset, or ISO-8601)");
            assertThat(waiting.getList("stages[0].errors.field")).containsExactly("date");
            assertThat(waiting.getMap("stages[1]")).containsOnly(Map.entry("stage", "received"),
                    Map.entry("at", ingestedAt.toString()), Map.entry("revision", 1),
                    Map.entry("contentHash", Enriched.hash("good")));
            assertThat(waiting.getMap("stages[2]")).containsEntry("at",
                    Instant.ofEpochMilli(published.timestamp()).toString()).containsEntry("topic", "articles.ingested")
                    .containsEntry("partition", published.partition()).containsEntry("offset", (int) published.offset())
                    .containsEntry("revision", 1).containsEntry("via", "bucket")
                    .containsEntry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736").doesNotContainKey("reason");

            // When enrich-service enriched it and the read model took it
            Instant enrichedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            RecordMetadata enriched = events.enriched(id, key, "good", 1, ingestedAt, enrichedAt);
            JsonPath done = awaitStages(key, "rejected", "received", "published", "enriched", "materialized");

            // Then the story ends with both, and nothing waits
            assertThat(done.getString("state")).isEqualTo("materialized");
            assertThat(done.getMap("stages[3]")).containsEntry("at", enrichedAt.toString())
                    .containsEntry("topic", "articles.enriched").containsEntry("offset", (int) enriched.offset())
                    .containsEntry("checks", Map.of("VALID", 1)).containsEntry("figureCount", 1)
                    .containsEntry("revision", 1);
            assertThat(done.getMap("stages[4]")).containsKeys("at").containsEntry("revision", 1)
                    .containsEntry("contentHash", Enriched.hash("good")).doesNotContainKey("topic");
            assertThat(done.getString("waiting")).isNull();

            // And the article id finds the same story
            assertThat(given().get("/api/posts/{id}/status", id).then().statusCode(200).extract().jsonPath()
                    .getList("stages.stage")).isEqualTo(done.getList("stages.stage"));
        }
    }

    @Test
    void aRetractedPostEndsRetractedAndTheTombstoneAddsNoStage() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String key = "incoming/" + run + ".md";
        Instant ingestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (StoryEvents events = new StoryEvents()) {
            // Given a published, enriched post that its writer then withdrew
            events.ingested(run, key, "first", 1, ingestedAt, null);
            events.enriched(run, key, "first", 1, ingestedAt, Instant.now());
            awaitState(key, "materialized");
            Instant retractedAt = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
            events.retracted(run, key, 1, retractedAt, "the closing levels were wrong");
            events.tombstone(run, "{\"id\":\"" + run + "\"}");

            // When its story is asked for
            JsonPath story = awaitState(key, "retracted");

            // Then the retraction is its last stage, with its reason, and nothing waits
            assertThat(story.getList("stages.stage")).containsExactly("received", "published", "enriched",
                    "materialized", "retracted");
            assertThat(story.getMap("stages[4]")).containsEntry("at", retractedAt.toString())
                    .containsEntry("reason", "the closing levels were wrong").containsEntry("revision", 1)
                    .containsEntry("topic", "articles.ingested");
            assertThat(story.getString("waiting")).isNull();
        }
    }

    /**
     * The story of the post at {@code key} once it tells exactly {@code stages}: the read model and the story's
     * consumers of {@code articles.enriched} are apart, so "materialized" may be told before "enriched".
     */
    static JsonPath awaitStages(String key, String... stages) {
        return awaitStory(key, story -> assertThat(story.getList("stages.stage", String.class))
                .as(story.prettify()).containsExactly(stages));
    }

    /** The story of {@code key} once its state is {@code state}; a timeout shows the last answer. */
    static JsonPath awaitState(String key, String state) {
        return awaitStory(key, story -> assertThat(story.getString("state")).as(story.prettify())
                .isEqualTo(state));
    }

    private static JsonPath awaitStory(String key, Consumer<JsonPath> check) {
        AtomicReference<JsonPath> seen = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Response answer = given().queryParam("key", key).get("/api/posts/status");
            assertThat(answer.statusCode()).as("the status of %s: %s", key, answer.asString()).isEqualTo(200);
            seen.set(answer.jsonPath());
            check.accept(seen.get());
        });
        return seen.get();
    }
}
