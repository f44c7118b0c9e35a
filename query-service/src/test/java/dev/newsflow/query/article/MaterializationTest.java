package dev.newsflow.query.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Direction;
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

/** Enriched events become rows and API answers, and the upsert rules keep replays and old versions harmless. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class MaterializationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant INGESTED = Instant.parse("2026-03-02T17:41:00Z");

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anEnrichedEventBecomesRowsAndTheWholeArticleInTheApi() {
        // Given an enriched event
        String id = run + "-gold";
        ArticleEnriched event = Enriched.article(id, "hash-1", INGESTED, "2026-03-02T17:40:00+01:00");

        // When it is consumed
        send(event);
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);

        // Then the API gives every field back, with revision 1
        given().get("/api/articles/{id}", id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("contentHash", equalTo(Enriched.hash("hash-1")))
                .body("revision", equalTo(1))
                .body("bucketKey", equalTo("incoming/" + id + ".md"))
                .body("ingestedAt", equalTo("2026-03-02T17:41:00Z"))
                .body("enrichedAt", equalTo("2026-03-02T17:41:01Z"))
                .body("title", equalTo("Title of " + id))
                .body("category", equalTo("Markets"))
                .body("layout", equalTo("post"))
                .body("publishedAt", equalTo("2026-03-02T17:40:00+01:00"))
                .body("sourceUrl", equalTo("https://www.example.com/" + id))
                .body("sentimentScore", equalTo(7.0f))
                .body("sentimentLabel", equalTo("Optimistic"))
                .body("tldr", equalTo(List.of("First point of " + id, "Second point")))
                .body("headline", equalTo("Headline of " + id))
                .body("body", equalTo(event.body()))
                .body("sources[0].title", equalTo("Example Wire"))
                .body("sources[0].url", equalTo("https://www.example.com/" + id))
                .body("extra.author", equalTo("desk"))
                .body("sourceChecks[0].verdict", equalTo("VALID"))
                .body("sourceChecks[0].origin", equalTo("front_matter"))
                .body("sourceChecks[0].httpStatus", equalTo(200))
                .body("sourceChecks[0].pageTitle", equalTo("Page of " + id))
                .body("sourceChecks[0].checkedAt", equalTo("2026-03-02T17:41:00.500Z"))
                .body("figures[0].subject", equalTo("S&P 500"))
                .body("figures[0].symbol", equalTo("^GSPC"))
                .body("figures[0].kind", equalTo("index"))
                .body("figures[0].changePercent", equalTo(0.4f))
                .body("figures[0].level", equalTo(6105.2f))
                .body("figures[0].direction", equalTo("up"))
                .body("figures[0].start", equalTo(0))
                .body("figures[0].end", equalTo(35));

        // And the rows are there: the article, its two tldr items, its source, its check and its figure
        assertThat(ReadModel.contentHash(id)).isEqualTo(Enriched.hash("hash-1"));
        assertOwnedRows(id);
    }

    @Test
    void replayingTheSameEventsChangesNothing() {
        // Given a materialized article
        String id = run + "-replay";
        ArticleEnriched event = Enriched.article(id, "hash-1", INGESTED, "2026-03-02T17:40:00Z");
        send(event);
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);
        Instant updatedAt = ReadModel.updatedAt(id);
        long articles = ReadModel.count("article");

        // When the same event is delivered twice more, followed by a marker
        send(event);
        send(event);
        String marker = run + "-replay-marker";
        send(Enriched.article(marker, "hash-m", INGESTED, "2026-03-02T17:40:00Z"));
        await().atMost(WAIT).until(() -> ReadModel.revision(marker) != null);

        // Then the article's row is untouched
        assertThat(ReadModel.revision(id)).isEqualTo(1);
        assertThat(ReadModel.updatedAt(id)).isEqualTo(updatedAt);
        assertThat(ReadModel.count("article")).isEqualTo(articles + 1);
        assertOwnedRows(id);
    }

    @Test
    void aNewerVersionRaisesTheRevisionAndAnOlderOneNeverReplacesIt() {
        // Given version 1 of an article
        String id = run + "-versions";
        send(Enriched.article(id, "hash-v1", INGESTED, "2026-03-02T17:40:00Z"));
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);

        // When version 2 arrives, then version 1 again (a replay of older history)
        send(Enriched.article(id, "hash-v2", INGESTED.plusSeconds(60), "2026-03-02T17:40:00Z"));
        await().atMost(WAIT).until(() -> Enriched.hash("hash-v2").equals(ReadModel.contentHash(id)));
        send(Enriched.article(id, "hash-v1", INGESTED, "2026-03-02T17:40:00Z"));
        String marker = run + "-versions-marker";
        send(Enriched.article(marker, "hash-m", INGESTED, "2026-03-02T17:40:00Z"));
        await().atMost(WAIT).until(() -> ReadModel.revision(marker) != null);

        // Then version 2 stands, at revision 2
        assertThat(ReadModel.contentHash(id)).isEqualTo(Enriched.hash("hash-v2"));
        assertThat(ReadModel.revision(id)).isEqualTo(2);
        assertOwnedRows(id);
    }

    @Test
    void oneKeyTwiceInABatchKeepsTheLast() {
        // Given two versions of one article in one record batch, so that one poll hands both to the consumer
        String id = run + "-twice";
        TopicWriter.sendInOneBatch(Topics.ARTICLES_ENRICHED, id, List.of(
                Enriched.json(Enriched.article(id, "hash-a", INGESTED, "2026-03-02T17:40:00Z")),
                Enriched.json(Enriched.article(id, "hash-b", INGESTED.plusSeconds(5), "2026-03-02T17:40:00Z"))));

        // When they are consumed
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);

        // Then only the last is written, at revision 1 (written one after the other, they would make revision 2)
        assertThat(ReadModel.contentHash(id)).isEqualTo(Enriched.hash("hash-b"));
        assertThat(ReadModel.revision(id)).isEqualTo(1);
        assertOwnedRows(id);
    }

    @Test
    void textWithTabsNewlinesAndBackslashesIsStoredAsWritten() {
        // Given figures whose text holds what the bulk copy of the owned rows must escape, and a figure without values
        String id = run + "-escapes";
        String sentence = "Gold\trose 1%\nto \\N, a \\ record.\r";
        ArticleEnriched event = Enriched.article(id, "hash-e", INGESTED, "2026-03-02T17:40:00Z").withFigures(List.of(
                Enriched.figure("S&P\t500 \\N", Kind.INDEX, -1.25e-7, 6105.2, sentence),
                new MarketFigure("\\N", null, Kind.OTHER, null, null, null, null, null, Direction.FLAT, null, null,
                        "\\", null, null)));

        // When it is consumed
        send(event);
        await().atMost(WAIT).until(() -> ReadModel.revision(id) != null);

        // Then its figures come back exactly, nulls as nulls
        given().get("/api/articles/{id}", id).then().statusCode(200)
                .body("figures[0].subject", equalTo("S&P\t500 \\N"))
                .body("figures[0].sentence", equalTo(sentence))
                .body("figures[0].changePercent", equalTo(-1.25e-7f))
                .body("figures[1].subject", equalTo("\\N"))
                .body("figures[1].sentence", equalTo("\\"))
                .body("figures[1].symbol", nullValue())
                .body("figures[1].level", nullValue())
                .body("figures[1].start", nullValue());
    }

    @Test
    void anAbsentArticleIsA404Problem() {
        given().get("/api/articles/{id}", run + "-missing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("no article with id '" + run + "-missing'"));
    }

    /** The article's owned rows, once each: replacing content must not leave the old rows behind. */
    private static void assertOwnedRows(String id) {
        assertThat(ReadModel.rows("article_tldr", id)).isEqualTo(2);
        assertThat(ReadModel.rows("article_source", id)).isEqualTo(1);
        assertThat(ReadModel.rows("source_check", id)).isEqualTo(1);
        assertThat(ReadModel.rows("figure", id)).isEqualTo(1);
    }

    private static void send(ArticleEnriched event) {
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES_ENRICHED, event.id(), Enriched.json(event));
        }
    }
}
