package dev.newsflow.query.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.query.stats.persistence.SentimentTallies;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.query.support.Tombstones;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sentiment tally follows every insert, revision and retraction of an article, folded or not. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class SentimentTallyTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant INGESTED = Instant.parse("2026-03-02T17:41:00Z");
    private static final String BY_ARTICLE = """
            select to_char(published_at at time zone 'UTC', 'YYYY-MM-DD') || ' ' || coalesce(sentiment_label, '-')
                   || ' ' || count(*) || ' ' || coalesce(round(avg(sentiment_score)::numeric, 6)::text, '-')
            from article where category = ? group by published_at at time zone 'UTC', sentiment_label
            order by 1""";
    private static final String BY_TALLY = """
            select to_char(day, 'YYYY-MM-DD') || ' ' || coalesce(label, '-') || ' ' || sum(articles) || ' '
                   || coalesce(round(sum(score_sum) / nullif(sum(scored), 0), 6)::text, '-')
            from sentiment_tally where category = ? group by day, label having sum(articles) > 0 order by 1""";

    @Inject
    SentimentTallies tallies;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theTallyAgreesWithTheArticlesAfterInsertsARevisionAndARetractionAndAfterFolding() {
        // Given four articles of a category of its own, on two UTC days (one written at 23:30 New York time)
        String category = "tally-" + run;
        send(article("a", 1, "2026-03-02T09:00:00Z", category, "Optimistic", 7.0));
        send(article("b", 1, "2026-03-02T15:00:00Z", category, "Optimistic", 6.0));
        send(article("c", 1, "2026-03-03T23:30:00-05:00", category, "Pessimistic", 2.0));
        send(article("d", 1, "2026-03-03T23:45:00-05:00", category, "Pessimistic", 3.5));
        await().atMost(WAIT).until(() -> List.of("a", "b", "c", "d").stream()
                .allMatch(name -> ReadModel.revision(run + "-" + name) != null));

        // When one is revised to another label and score, another revised without a sentiment, and one retracted
        send(article("b", 2, "2026-03-02T15:00:00Z", category, "Cautious", 4.5));
        send(article("d", 2, "2026-03-03T23:45:00-05:00", category, null, null));
        Tombstones.send(run + "-a", Tombstones.retracted(run + "-a", 1, "2026-03-02T18:00:00Z", "wrong"));
        await().atMost(WAIT).until(() -> Integer.valueOf(2).equals(ReadModel.revision(run + "-b"))
                && Integer.valueOf(2).equals(ReadModel.revision(run + "-d"))
                && ReadModel.retractionStoredAt(run + "-a") != null);

        // Then the tally gives what grouping the articles gives, per day and label
        List<String> expected = List.of("2026-03-02 Cautious 1 4.500000", "2026-03-04 - 1 -",
                "2026-03-04 Pessimistic 1 2.000000");
        assertThat(rows(BY_ARTICLE, category)).isEqualTo(expected);
        assertThat(rows(BY_TALLY, category)).isEqualTo(expected);
        assertThat(categoryGroup(category)).containsEntry("articles", 3).containsEntry("averageScore", 3.25f);

        // And folding leaves one row per group with the same sums
        assertThat(tallies.fold()).isGreaterThanOrEqualTo(3);
        assertThat(rows(BY_TALLY, category)).isEqualTo(expected);
        assertThat(rows("select count(*)::text from sentiment_tally where category = ?", category))
                .containsExactly("3");
        assertThat(categoryGroup(category)).containsEntry("articles", 3).containsEntry("averageScore", 3.25f);
    }

    private Map<String, Object> categoryGroup(String category) {
        List<Map<String, Object>> groups = given().queryParam("by", "category").get("/api/stats/sentiment").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return groups.stream().filter(g -> category.equals(g.get("key"))).findFirst().orElseThrow();
    }

    private ArticleEnriched article(String name, int revision, String publishedAt, String category, String label,
            Double score) {
        return Enriched.article(run + "-" + name, name + revision, INGESTED, publishedAt, category, label,
                score, "Prices moved.").withRevision(revision);
    }

    private static List<String> rows(String sql, String category) {
        List<String> rows = new ArrayList<>();
        try (Connection c = PostgresTestResource.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, category);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static void send(ArticleEnriched event) {
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES_ENRICHED, event.id(), Enriched.json(event));
        }
    }
}
