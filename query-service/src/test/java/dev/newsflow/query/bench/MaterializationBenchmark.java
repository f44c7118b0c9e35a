package dev.newsflow.query.bench;

import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Articles/s from {@code articles.enriched} to committed rows, against a plain JDBC batch insert of the same rows
 * into the same database in the same run. Run: {@code ./mvnw -pl query-service -am verify -Pbench
 * -Dtest=MaterializationBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class MaterializationBenchmark {

    private static final int ARTICLES = Integer.getInteger("bench.articles", 20_000);
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final int FIGURES = 10;
    private static final Instant INGESTED = Instant.parse("2026-03-02T18:00:00Z");

    @Test
    void materializationAgainstPlainJdbcBatchInserts() throws Exception {
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        List<ArticleEnriched> events = new ArrayList<>(ARTICLES);
        List<String> payloads = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            ArticleEnriched event = withFigures(Enriched.article(run + "-" + i, run + i, INGESTED,
                    "2026-03-02T17:00:00Z"));
            events.add(event);
            payloads.add(Enriched.json(event));
        }
        double jdbc = jdbcBatchInsert(events, "jdbc-" + run);

        long start = System.nanoTime();
        List<java.util.Map.Entry<String, String>> records = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            records.add(java.util.Map.entry(run + "-" + i, payloads.get(i)));
        }
        try (TopicWriter writer = new TopicWriter()) {
            writer.sendAll(Topics.ARTICLES_ENRICHED, records);
        }
        await("every article materialized").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> count(run + "-%") >= ARTICLES);
        double service = ARTICLES / ((System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "%nBENCH materialization: %d articles (%d figures each), %.0f articles/s;"
                + " plain JDBC batch insert %.0f articles/s; ratio %.2f%n%n", ARTICLES, FIGURES, service, jdbc,
                service / jdbc);
    }

    private static ArticleEnriched withFigures(ArticleEnriched e) {
        MarketFigure figure = e.figures().get(0);
        List<MarketFigure> figures = new ArrayList<>();
        for (int i = 0; i < FIGURES; i++) {
            figures.add(figure);
        }
        return e.withFigures(figures);
    }

    private static long count(String pattern) throws Exception {
        try (Connection c = PostgresTestResource.connect();
                PreparedStatement s = c.prepareStatement("select count(*) from article where id like ?")) {
            s.setString(1, pattern);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static double jdbcBatchInsert(List<ArticleEnriched> events, String prefix) throws Exception {
        long start = System.nanoTime();
        JdbcArticleLoader.insert(events, prefix);
        return events.size() / ((System.nanoTime() - start) / 1e9);
    }
}
