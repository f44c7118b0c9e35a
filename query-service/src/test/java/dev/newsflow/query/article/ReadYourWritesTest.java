package dev.newsflow.query.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A reader asks for the revision it wrote and waits for it: answered once it is served, or told it is not yet. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ReadYourWritesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant INGESTED = Instant.parse("2026-03-02T17:41:00Z");

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aWaitingReadIsAnsweredWhenTheRevisionIsStored() {
        // Given an article at revision 1, and a read of revision 2 that waits up to 20 s
        String id = run + "-wait";
        send(article(id, 1, "v1"));
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);
        CompletableFuture<Response> read = CompletableFuture.supplyAsync(() -> given()
                .queryParam("minRevision", 2).queryParam("wait", "20s").get("/api/articles/{id}", id));

        // When revision 2 is published during the wait
        send(article(id, 2, "v2"));

        // Then the read answers with revision 2
        Response answer = read.join();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getInt("revision")).isEqualTo(2);
        assertThat(answer.jsonPath().getString("contentHash")).isEqualTo(Enriched.hash("v2"));
        assertThat(answer.header("Preference-Applied")).isNull();
    }

    @Test
    void aPreferWaitForAnArticleThatDoesNotExistYetIsHonoured() {
        // Given a read of an article not yet stored, waiting with Prefer: wait=20
        String id = run + "-new";
        CompletableFuture<Response> read = CompletableFuture.supplyAsync(() -> given()
                .header("Prefer", "return=representation, wait=20").get("/api/articles/{id}", id));

        // When the article is published
        send(article(id, 1, "v1"));

        // Then the read answers with it, saying the preference was applied
        Response answer = read.join();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getString("id")).isEqualTo(id);
        assertThat(answer.header("Preference-Applied")).isEqualTo("wait=20");
    }

    @Test
    void aRevisionNotServedWhenTheWaitRunsOutIsA202ProblemAndAnUnknownArticleA404() {
        // Given an article at revision 1
        String id = run + "-late";
        send(article(id, 1, "v1"));
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);

        // When revision 3 is asked for with a short wait, Then the answer says revision 1 is served and 3 is not yet
        String accepted = given().queryParam("minRevision", 3).queryParam("wait", "300ms")
                .get("/api/articles/{id}", id).then().statusCode(202).contentType("application/problem+json")
                .extract().asString();
        assertThat(accepted).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Accepted\",\"status\":202,\"detail\":"
                + "\"article '" + id + "' is served at revision 1; revision 3 is not served yet\",\"revision\":1,"
                + "\"minRevision\":3}");

        // And revision 1 or less is answered at once, a Prefer over 30 s is capped, an unknown id is 404 after the wait
        given().queryParam("minRevision", 1).get("/api/articles/{id}", id).then().statusCode(200)
                .body("revision", equalTo(1));
        given().header("Prefer", "wait=90").get("/api/articles/{id}", id).then().statusCode(200)
                .header("Preference-Applied", "wait=30");
        given().queryParam("wait", "1").get("/api/articles/{id}", run + "-never").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no article with id '" + run + "-never'"));
    }

    @Test
    void aWaitOrMinRevisionThatCannotBeUsedIsA400ThatNamesIt() {
        // Given a served article
        String id = run + "-bad";
        send(article(id, 1, "v1"));
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);

        // Then a wait over 30 s, a wait that is no duration and a minRevision of 0 are refused precisely
        badRequest("wait", "31s", "invalid parameter 'wait': must be a duration of at most 30s, such as 5s, 500ms or"
                + " 5 (seconds), not '31s'");
        badRequest("wait", "soon", "invalid parameter 'wait': must be a duration of at most 30s, such as 5s, 500ms"
                + " or 5 (seconds), not 'soon'");
        badRequest("minRevision", "0", "invalid parameter 'minRevision': must be a revision number (a whole number"
                + " from 1), not '0'");

        // And the article is still served as it was
        given().get("/api/articles/{id}", id).then().statusCode(200).body("revision", equalTo(1))
                .header("Preference-Applied", nullValue());
    }

    private static void badRequest(String parameter, String value, String detail) {
        given().queryParam(parameter, value).get("/api/articles/{id}", "any").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo(detail))
                .body("errors[0].field", equalTo(parameter));
    }

    private static ArticleEnriched article(String id, int revision, String hash) {
        return Enriched.article(id, hash, INGESTED.plusSeconds(revision), "2026-03-02T17:40:00Z")
                .withRevision(revision);
    }

    private static void send(ArticleEnriched event) {
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES_ENRICHED, event.id(), Enriched.json(event));
        }
    }
}
