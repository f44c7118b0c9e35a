package dev.newsflow.query.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every revision of an article is kept with the figures it added and dropped, and served whole. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class RevisionHistoryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant INGESTED = Instant.parse("2026-03-02T17:41:00Z");
    private static final String PUBLISHED = "2026-03-02T17:40:00+01:00";

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void eachRevisionIsListedNewestFirstAndServedWholeWithItsFigureChanges() {
        // Given revision 1 with the S&P 500 and the Dow, then revision 2 that restates the S&P 500 in other words,
        // drops the Dow and adds gold
        String id = run + "-gold";
        send(first(id));
        await().atMost(WAIT).until(() -> Integer.valueOf(1).equals(ReadModel.revision(id)));
        send(second(id));

        // When revision 2 is stored
        await().atMost(WAIT).until(() -> Integer.valueOf(2).equals(ReadModel.revision(id)));

        // Then the list has both, newest first, with what each added and dropped
        given().get("/api/articles/{id}/revisions", id).then().statusCode(200)
                .body("items.revision", equalTo(List.of(2, 1)))
                .body("items.contentHash", equalTo(List.of(Enriched.hash("v2"), Enriched.hash("v1"))))
                .body("items.ingestedAt", equalTo(List.of("2026-03-02T17:42:00Z", "2026-03-02T17:41:00Z")))
                .body("items.title", equalTo(List.of("Title of " + id, "Title of " + id)))
                .body("items.figuresAdded", equalTo(List.of(1, 2)))
                .body("items.figuresDropped", equalTo(List.of(1, 0)))
                .body("nextCursor", nullValue());

        // And revision 1 is served as it was, in the shape of the article, with its two figures as added
        given().get("/api/articles/{id}/revisions/1", id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("revision", equalTo(1))
                .body("contentHash", equalTo(Enriched.hash("v1")))
                .body("publishedAt", equalTo(PUBLISHED))
                .body("ingestedAt", equalTo("2026-03-02T17:41:00Z"))
                .body("figures.subject", equalTo(List.of("S&P 500", "Dow Jones Industrial Average")))
                .body("figuresAdded.subject", equalTo(List.of("S&P 500", "Dow Jones Industrial Average")))
                .body("figuresDropped", equalTo(List.of()));

        // And revision 2 added gold and dropped the Dow: the restated S&P 500 is the same figure
        given().get("/api/articles/{id}/revisions/2", id).then().statusCode(200)
                .body("revision", equalTo(2))
                .body("body", equalTo("Gold set a record."))
                .body("figures.subject", equalTo(List.of("s&p 500", "Gold")))
                .body("figuresAdded.subject", equalTo(List.of("Gold")))
                .body("figuresAdded[0].level", equalTo(2950.5f))
                .body("figuresDropped.subject", equalTo(List.of("Dow Jones Industrial Average")));
        given().get("/api/articles/{id}", id).then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void redeliveryKeepsOneRowPerRevisionAndAStaleRevisionNeverReplacesANewerOne() {
        // Given revisions 1 and 2 of an article
        String id = run + "-stale";
        send(first(id));
        send(second(id));
        await().atMost(WAIT).until(() -> Integer.valueOf(2).equals(ReadModel.revision(id)));
        Instant updatedAt = ReadModel.updatedAt(id);

        // When both are delivered again, and revision 1 once more ingested later than revision 2, then a marker
        send(second(id));
        send(first(id));
        send(Enriched.article(id, "v1-late", INGESTED.plusSeconds(600), PUBLISHED).withRevision(1));
        String marker = run + "-stale-marker";
        send(Enriched.article(marker, "m", INGESTED, PUBLISHED));
        await().atMost(WAIT).until(() -> ReadModel.revision(marker) != null);

        // Then revision 2 stands untouched and each revision is kept once
        assertThat(ReadModel.revision(id)).isEqualTo(2);
        assertThat(ReadModel.contentHash(id)).isEqualTo(Enriched.hash("v2"));
        assertThat(ReadModel.updatedAt(id)).isEqualTo(updatedAt);
        assertThat(ReadModel.revisions(id)).isEqualTo(2);
        given().get("/api/articles/{id}/revisions/1", id).then().statusCode(200)
                .body("contentHash", equalTo(Enriched.hash("v1")));
    }

    @Test
    void twoRevisionsInOneBatchAreBothKeptAndTheRevisionIsIngestServices() {
        // Given revisions 4 and 5 of an article in one record batch (the read model never saw 1 to 3)
        String id = run + "-batch";
        TopicWriter.sendInOneBatch(Topics.ARTICLES_ENRICHED, id, List.of(
                Enriched.json(Enriched.article(id, "v4", INGESTED, PUBLISHED).withRevision(4)),
                Enriched.json(Enriched.article(id, "v5", INGESTED.plusSeconds(5), PUBLISHED).withRevision(5))));

        // When they are consumed
        await().atMost(WAIT).until(() -> Integer.valueOf(5).equals(ReadModel.revision(id)));

        // Then the article is served at revision 5, and both revisions are kept
        assertThat(ReadModel.contentHash(id)).isEqualTo(Enriched.hash("v5"));
        given().get("/api/articles/{id}/revisions", id).then().statusCode(200)
                .body("items.revision", equalTo(List.of(5, 4)))
                .body("items.figuresAdded", equalTo(List.of(0, 1)))
                .body("items.figuresDropped", equalTo(List.of(0, 0)));
    }

    @Test
    void anUnknownArticleOrRevisionIsA404ProblemAndABadRevisionA400() {
        // Given an article with revision 1 only
        String id = run + "-known";
        send(first(id));
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);

        // Then an unknown article, an unknown revision and a revision that is no number are refused precisely
        given().get("/api/articles/{id}/revisions", run + "-nothing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no article with id '" + run + "-nothing'"));
        given().get("/api/articles/{id}/revisions/1", run + "-nothing").then().statusCode(404)
                .body("detail", equalTo("no article with id '" + run + "-nothing'"));
        given().get("/api/articles/{id}/revisions/7", id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("article '" + id + "' has no revision 7; its revisions are 1"));
        given().get("/api/articles/{id}/revisions/first", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("invalid parameter 'revision': must be a revision number (a whole number"
                        + " from 1), not 'first'"));

        // And the article itself is unharmed
        given().get("/api/articles/{id}", id).then().statusCode(200).body("revision", equalTo(1));
    }

    private static ArticleEnriched first(String id) {
        return Enriched.article(id, "v1", INGESTED, PUBLISHED).withRevision(1).withFigures(List.of(
                Enriched.figure("S&P 500", Kind.INDEX, 0.4, 6105.2, "The S&P 500 rose 0.4% to 6,105.20."),
                Enriched.figure("Dow Jones Industrial Average", Kind.INDEX, 0.2, 44200.0, "The Dow added 0.2%.")));
    }

    private static ArticleEnriched second(String id) {
        ArticleEnriched changed = Enriched.article(id, "v2", INGESTED.plusSeconds(60), PUBLISHED, "Markets",
                "Optimistic", 7.0, "Gold set a record.");
        return changed.withRevision(2).withFigures(List.of(
                Enriched.figure("s&p 500", Kind.INDEX, 0.4, 6105.2, "Stocks edged up, the S&P 500 by 0.4%."),
                Enriched.figure("Gold", Kind.COMMODITY, 1.1, 2950.5, "Gold rose 1.1% to $2,950.50.")));
    }

    private static void send(ArticleEnriched event) {
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES_ENRICHED, event.id(), Enriched.json(event));
        }
    }
}
