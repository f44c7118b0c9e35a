package dev.newsflow.query.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.newsflow.contracts.Topics;
import dev.newsflow.query.article.service.RetryingMaterializer;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ProxiedPostgresResource;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.log.LogRecords;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** With the database gone, consumption waits and readiness is DOWN; when it is back, nothing was skipped. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(ProxiedPostgresResource.class)
class DatabaseOutageTest {

    private static final Instant INGESTED = Instant.parse("2026-03-02T18:00:00Z");

    @Test
    void consumptionPausesWhileTheDatabaseIsDownAndResumesWithoutLosingAnything() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // Given a running service that materialized one article
        send(run + "-first");
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-first") != null);

        // When the database goes away and two more articles arrive
        ProxiedPostgresResource.proxy().cut();
        try (LogRecords retries = LogRecords.of(RetryingMaterializer.class)) {
            send(run + "-during-1");
            send(run + "-during-2");

            // Then readiness is DOWN
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(503).body("status", equalTo("DOWN")));

            // And the consumer holds their batch and tries its write again and again, writing nothing meanwhile
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> retries.messages(Level.WARNING, "The database is unavailable").size() >= 3);
            assertThat(ReadModel.revision(run + "-during-1")).isNull();
            assertThat(ReadModel.revision(run + "-during-2")).isNull();
        } finally {
            // When the database comes back
            ProxiedPostgresResource.proxy().restore();
        }

        // Then both articles are materialized and readiness is UP again
        await().atMost(Duration.ofSeconds(60)).until(() -> ReadModel.revision(run + "-during-2") != null);
        assertThat(ReadModel.revision(run + "-during-1")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200));
    }

    private static void send(String id) {
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES_ENRICHED, id, Enriched.json(Enriched.article(id, id, INGESTED,
                    "2026-03-02T17:00:00Z")));
        }
    }
}
