package dev.newsflow.query.bench;

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
import java.sql.Timestamp;
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
        while (count(run + "-%") < ARTICLES) {
            Thread.sleep(500);
        }
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
        return new ArticleEnriched(e.id(), e.contentHash(), e.bucketKey(), e.ingestedAt(), e.title(), e.category(),
                e.layout(), e.publishedAt(), e.sourceUrl(), e.sentimentScore(), e.sentimentLabel(), e.tldr(),
                e.headline(), e.body(), e.sources(), e.extra(), e.enrichedAt(), e.sourceChecks(), figures);
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

    /** The rate of inserting the same rows with plain JDBC batches, 500 articles per transaction. */
    private static double jdbcBatchInsert(List<ArticleEnriched> events, String prefix) throws Exception {
        long start = System.nanoTime();
        try (Connection c = PostgresTestResource.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement article = c.prepareStatement("insert into article (id, content_hash, revision,"
                    + " bucket_key, ingested_at, enriched_at, title, category, layout, published_at, published_offset,"
                    + " source_url, sentiment_score, sentiment_label, headline, body, extra, tldr_text, figure_count,"
                    + " first_seen_at, updated_at) values (?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,'{}'::jsonb,?,?,now(),now())");
                 PreparedStatement tldr = c.prepareStatement(
                         "insert into article_tldr (article_id, position, text) values (?,?,?)");
                 PreparedStatement source = c.prepareStatement(
                         "insert into article_source (article_id, position, title, url) values (?,?,?,?)");
                 PreparedStatement check = c.prepareStatement("insert into source_check (article_id, position, url,"
                         + " origin, verdict, http_status, host, checked_at) values (?,?,?,?,?,?,?,?)");
                 PreparedStatement figure = c.prepareStatement("insert into figure (article_id, position, subject,"
                         + " symbol, kind, change_percent, level, direction, sentence, start_offset, end_offset)"
                         + " values (?,?,?,?,?,?,?,?,?,?,?)")) {
                int n = 0;
                for (ArticleEnriched e : events) {
                    String id = prefix + "-" + n;
                    article.setString(1, id);
                    article.setString(2, e.contentHash());
                    article.setString(3, e.bucketKey());
                    article.setTimestamp(4, Timestamp.from(e.ingestedAt()));
                    article.setTimestamp(5, Timestamp.from(e.enrichedAt()));
                    article.setString(6, e.title());
                    article.setString(7, e.category());
                    article.setString(8, e.layout());
                    article.setTimestamp(9, Timestamp.from(e.publishedAt().toInstant()));
                    article.setString(10, e.publishedAt().getOffset().getId());
                    article.setString(11, e.sourceUrl());
                    article.setDouble(12, e.sentimentScore());
                    article.setString(13, e.sentimentLabel());
                    article.setString(14, e.headline());
                    article.setString(15, e.body());
                    article.setString(16, String.join("\n", e.tldr()));
                    article.setInt(17, e.figures().size());
                    article.addBatch();
                    for (int i = 0; i < e.tldr().size(); i++) {
                        tldr.setString(1, id);
                        tldr.setInt(2, i);
                        tldr.setString(3, e.tldr().get(i));
                        tldr.addBatch();
                    }
                    source.setString(1, id);
                    source.setInt(2, 0);
                    source.setString(3, e.sources().get(0).title());
                    source.setString(4, e.sources().get(0).url());
                    source.addBatch();
                    check.setString(1, id);
                    check.setInt(2, 0);
                    check.setString(3, e.sourceChecks().get(0).url());
                    check.setString(4, e.sourceChecks().get(0).origin().name());
                    check.setString(5, e.sourceChecks().get(0).verdict().name());
                    check.setInt(6, 200);
                    check.setString(7, e.sourceChecks().get(0).host());
                    check.setTimestamp(8, Timestamp.from(e.sourceChecks().get(0).checkedAt()));
                    check.addBatch();
                    for (int i = 0; i < e.figures().size(); i++) {
                        MarketFigure f = e.figures().get(i);
                        figure.setString(1, id);
                        figure.setInt(2, i);
                        figure.setString(3, f.subject());
                        figure.setString(4, f.symbol());
                        figure.setString(5, f.kind().name());
                        figure.setDouble(6, f.changePercent());
                        figure.setDouble(7, f.level());
                        figure.setString(8, f.direction().name());
                        figure.setString(9, f.sentence());
                        figure.setInt(10, f.start());
                        figure.setInt(11, f.end());
                        figure.addBatch();
                    }
                    if (++n % 500 == 0 || n == events.size()) {
                        article.executeBatch();
                        tldr.executeBatch();
                        source.executeBatch();
                        check.executeBatch();
                        figure.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        return events.size() / ((System.nanoTime() - start) / 1e9);
    }
}
