package dev.newsflow.query.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.Topics;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL holding an exclusive lock on the article table for 30 s (as a long migration would): consumption waits on
 * it for the whole time, writing nothing, dead-lettering nothing, and when the lock is released nothing was skipped.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class TableLockTest {

    private static final Duration LOCK_HELD = Duration.ofSeconds(30);
    private static final Instant INGESTED = Instant.parse("2026-03-03T18:00:00Z");
    private static final int ARTICLES = 5;

    @Test
    void consumptionWaitsForALockedArticleTableAndSkipsNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = IntStream.rangeClosed(1, ARTICLES).mapToObj(i -> run + "-locked-" + i).toList();
        // Given a running service that materialized one article
        send(run + "-first");
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-first") != null);

        try (TopicReader deadLetters = TopicReader.fromNow(Topics.deadLetterOf(Topics.ARTICLES_ENRICHED));
                Connection lock = PostgresTestResource.connect()) {
            // When another session takes an exclusive lock on the article table and five articles arrive
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table article in access exclusive mode");
            }
            Instant locked = Instant.now();
            ids.forEach(TableLockTest::send);

            // Then the service's write waits on the lock, and none of the articles is written while it is held
            await().atMost(LOCK_HELD).until(() -> writesWaitingOnALock() > 0);
            Duration rest = Duration.between(Instant.now(), locked.plus(LOCK_HELD));
            await().during(rest).atMost(rest.plusSeconds(5)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(articlesOf(lock, run + "-locked-")).as("articles written under the lock").isZero();
                assertThat(writesWaitingOnALock()).as("writes waiting on the lock").isPositive();
            });

            // When the lock is released after 30 s
            lock.commit();

            // Then every article is written at revision 1, none went to the dead-letter topic, and the service is ready
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> ids.stream().allMatch(id -> ReadModel.revision(id) != null));
            assertThat(ids).allSatisfy(id -> assertThat(ReadModel.revision(id)).as("revision of %s", id).isEqualTo(1));
            assertThat(deadLetters.drain(Duration.ofSeconds(1))).as("dead letters").isEmpty();
            given().get("/q/health/ready").then().statusCode(200);
        }
    }

    /**
     * How many sessions of the test database wait on a lock to change the article table, asked on a connection of
     * its own: within the locking session's open transaction, pg_stat_activity would answer from the snapshot of
     * its first reading, so a write that starts waiting later would never be seen.
     */
    private static int writesWaitingOnALock() throws SQLException {
        try (Connection connection = PostgresTestResource.connect()) {
            return count(connection, "select count(*) from pg_stat_activity where datname = current_database() "
                    + "and wait_event_type = 'Lock' and query ilike ?", "%article%");
        }
    }

    /** How many articles whose id starts with {@code prefix} exist, as the session holding the lock sees them. */
    private static int articlesOf(Connection connection, String prefix) throws SQLException {
        return count(connection, "select count(*) from article where id like ?", prefix + "%");
    }

    private static int count(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void send(String id) {
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES_ENRICHED, id, Enriched.json(Enriched.article(id, id, INGESTED,
                    "2026-03-03T17:00:00Z")));
        }
    }
}
