package dev.newsflow.query.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.query.support.Tombstones;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A tombstone retracts an article: gone from every list, search and page, 410 by id, its revisions kept. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class RetractionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant INGESTED = Instant.parse("2026-03-02T17:41:00Z");

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRetractedArticleIsGoneEverywhereAndItsRevisionsStay() {
        // Given an article of its own category, subject and words, served
        String id = run + "-withdrawn";
        String subject = "Retractium " + run;
        send(article(id, 1, "v1", subject));
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);
        assertThat(subjects()).contains(subject);

        // When a tombstone with the retraction event arrives
        Tombstones.send(id, Tombstones.retracted(id, 1, "2026-03-02T18:00:00Z", "the figures were wrong"));
        await().atMost(WAIT).until(() -> ReadModel.retractionStoredAt(id) != null);

        // Then the article is 410 Gone with when, why and which revision
        String gone = given().get("/api/articles/{id}", id).then().statusCode(410)
                .contentType("application/problem+json").extract().asString();
        assertThat(gone).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Gone\",\"status\":410,"
                + "\"detail\":\"article '" + id + "' was retracted at revision 1: the figures were wrong\","
                + "\"retractedAt\":\"2026-03-02T18:00:00Z\",\"reason\":\"the figures were wrong\",\"revision\":1}");

        // And it is in no list, search, figure series, subject list or page
        given().queryParam("category", "cat-" + run).get("/api/articles").then().body("items", equalTo(List.of()));
        given().queryParam("q", "zirconium" + run).get("/api/articles").then().body("items", equalTo(List.of()));
        given().queryParam("subject", subject).get("/api/articles").then().body("items", equalTo(List.of()));
        given().queryParam("subject", subject).get("/api/figures").then().body("items", equalTo(List.of()));
        assertThat(subjects()).doesNotContain(subject);
        assertThat(given().queryParam("category", "cat-" + run).get("/").then().statusCode(200).extract().asString())
                .doesNotContain(id);
        given().get("/articles/{id}", id).then().statusCode(410);

        // And its revision stays readable
        given().get("/api/articles/{id}/revisions", id).then().statusCode(200).body("items.revision",
                equalTo(List.of(1)));
        given().get("/api/articles/{id}/revisions/1", id).then().statusCode(200).body("contentHash",
                equalTo(Enriched.hash("v1")));

        // And the same tombstone again changes nothing
        Instant stored = ReadModel.retractionStoredAt(id);
        Tombstones.send(id, Tombstones.retracted(id, 1, "2026-03-02T18:00:00Z", "the figures were wrong"));
        awaitMarker("redelivered");
        assertThat(ReadModel.retractionStoredAt(id)).isEqualTo(stored);
    }

    @Test
    void aBareTombstoneRetractsTheServedRevisionAtItsTime() {
        // Given an article at revision 2
        String id = run + "-bare";
        send(article(id, 2, "v2", "Bare " + run));
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);

        // When a tombstone without a retraction header arrives
        Tombstones.sendBare(id, Instant.parse("2026-03-03T09:30:00Z"));
        await().atMost(WAIT).until(() -> ReadModel.retractionStoredAt(id) != null);

        // Then it is retracted at revision 2, at the record's time, for the default reason
        given().get("/api/articles/{id}", id).then().statusCode(410)
                .body("detail", equalTo("article '" + id + "' was retracted at revision 2: retracted"))
                .body("retractedAt", equalTo("2026-03-03T09:30:00Z"))
                .body("reason", equalTo("retracted"))
                .body("revision", equalTo(2));
        assertThat(ReadModel.revision(id)).isNull();
    }

    @Test
    void theSamePostDroppedAgainComesBackAsTheNextRevision() {
        // Given a retracted article
        String id = run + "-back";
        send(article(id, 1, "v1", "Back " + run));
        Tombstones.send(id, Tombstones.retracted(id, 1, "2026-03-02T18:00:00Z", "withdrawn"));
        await().atMost(WAIT).until(() -> ReadModel.retractionStoredAt(id) != null);

        // When revision 1 is delivered again (stale), then revision 2 with the same content
        send(article(id, 1, "v1", "Back " + run));
        awaitMarker("stale");
        given().get("/api/articles/{id}", id).then().statusCode(410);
        send(article(id, 2, "v1", "Back " + run));

        // Then it is served again at revision 2, listed, and no longer retracted
        await().atMost(WAIT).until(() -> Integer.valueOf(2).equals(ReadModel.revision(id)));
        given().get("/api/articles/{id}", id).then().statusCode(200).body("revision", equalTo(2));
        given().queryParam("category", "cat-" + run).get("/api/articles").then().body("items.id", equalTo(List.of(id)));
        assertThat(ReadModel.retractionStoredAt(id)).isNull();
        given().get("/api/articles/{id}/revisions", id).then().body("items.revision", equalTo(List.of(2, 1)))
                .body("items.figuresAdded", equalTo(List.of(0, 1)));
    }

    @Test
    void aTombstoneWhoseRetractionCannotBeReadIsADeadLetterAndTheArticleStays() {
        // Given a served article
        String id = run + "-kept";
        send(article(id, 1, "v1", "Kept " + run));
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);
        try (TopicReader dlq = TopicReader.fromNow(Topics.deadLetterOf(Topics.ARTICLES_ENRICHED))) {
            // When its tombstone carries no JSON, then one that names another article, then one without a key
            Tombstones.send(id, "not json");
            Tombstones.send(id, Tombstones.retracted(run + "-other", 1, "2026-03-02T18:00:00Z", "wrong key"));

            // Then both are dead letters with their reasons
            List<ConsumerRecord<String, String>> dead = dlq.await(2, r -> r.key().equals(id), WAIT);
            assertThat(dead.stream().map(r -> new String(r.headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8))).containsExactly(
                            "the event is not a valid newsflow.article.retracted.v1: $: not valid JSON",
                            "the retraction of '" + run + "-other' came under the key '" + id + "'");

            // And a tombstone without a key is one too
            Tombstones.sendBare(null, Instant.parse("2026-03-02T18:00:00Z"));
            assertThat(dlq.await(1, r -> r.key() == null, WAIT).get(0).headers().lastHeader("dead-letter-reason")
                    .value()).asString(StandardCharsets.UTF_8)
                    .isEqualTo("the tombstone has no key, so it retracts no article");
        }

        // And the article is still served
        given().get("/api/articles/{id}", id).then().statusCode(200).body("revision", equalTo(1));
        assertThat(ReadModel.retractionStoredAt(id)).isNull();
    }

    private ArticleEnriched article(String id, int revision, String hash, String subject) {
        return Enriched.article(id, hash, INGESTED, "2026-03-02T17:40:00Z", "cat-" + run,
                "Optimistic", 7.0, "Prices of zirconium" + run + " rose.").withRevision(revision).withFigures(List.of(
                        Enriched.figure(subject, Kind.COMMODITY, 2.0, 31.5, "It rose 2% to 31.50.")));
    }

    /** Every subject of {@code GET /api/subjects}, page after page. */
    private static List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().queryParam("limit", 200).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/subjects").then().statusCode(200).extract().jsonPath();
            subjects.addAll(page.getList("items.subject", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return subjects;
    }

    private void awaitMarker(String name) {
        String marker = run + "-" + name;
        send(Enriched.article(marker, marker, INGESTED, "2026-03-02T17:40:00Z"));
        await().atMost(WAIT).until(() -> ReadModel.revision(marker) != null);
    }

    private static void send(ArticleEnriched event) {
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES_ENRICHED, event.id(), Enriched.json(event));
        }
    }
}
