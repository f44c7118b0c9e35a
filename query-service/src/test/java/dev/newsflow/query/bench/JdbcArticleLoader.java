package dev.newsflow.query.bench;

import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;

/**
 * Inserts the rows of enriched articles with plain JDBC batches: the baseline of materialization, and a fast loader.
 */
final class JdbcArticleLoader {

    private JdbcArticleLoader() {
    }

    /**
     * Inserts the rows of {@code events} under ids {@code <prefix>-<n>}, 500 articles per transaction; returns the CPU
     * milliseconds its PostgreSQL backend used.
     */
    static double insert(List<ArticleEnriched> events, String prefix) throws Exception {
        return insert(events, prefix, 0);
    }

    /** Inserts the rows of {@code events} under ids {@code <prefix>-<first + n>}; returns its backend's CPU ms. */
    static double insert(List<ArticleEnriched> events, String prefix, int first) throws Exception {
        try (Connection c = PostgresTestResource.connect()) {
            long backendStart = CpuTime.backendNanos(c);
            c.setAutoCommit(false);
            try (PreparedStatement article = c.prepareStatement("insert into article (id, content_hash, revision,"
                    + " bucket_key, ingested_at, enriched_at, title, category, layout, published_at, published_offset,"
                    + " source_url, sentiment_score, sentiment_label, headline, body, extra, tldr_text, figure_count,"
                    + " first_seen_at, updated_at) values "
                    + "(?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,'{}'::jsonb,?,?,now(),now())");
                    PreparedStatement tldr = c.prepareStatement(
                            "insert into article_tldr (article_id, position, text) values (?,?,?)");
                    PreparedStatement source = c.prepareStatement(
                            "insert into article_source (article_id, position, title, url) values (?,?,?,?)");
                    PreparedStatement check = c.prepareStatement("insert into source_check (article_id, position, url,"
                            + " origin, verdict, http_status, host, checked_at) values (?,?,?,?,?,?,?,?)");
                    PreparedStatement figure = c.prepareStatement("insert into figure (article_id, position, subject,"
                            + " symbol, kind, change_percent, level, direction, sentence, start_offset, end_offset,"
                            + " published_at) values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int n = 0;
                for (ArticleEnriched e : events) {
                    String id = prefix + "-" + (first + n);
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
                        figure.setTimestamp(12, java.sql.Timestamp.from(e.publishedAt().toInstant()));
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
            return (CpuTime.backendNanos(c) - backendStart) / 1e6;
        }
    }
}
