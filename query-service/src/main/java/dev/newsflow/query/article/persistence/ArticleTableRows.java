package dev.newsflow.query.article.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.query.article.domain.Article;
import dev.newsflow.query.article.domain.ArticleContent;
import dev.newsflow.query.article.domain.ServedContent;
import dev.newsflow.query.article.domain.ServedVersion;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the {@code article} row of each article with plain JDBC batches (one statement per kind of write
 * per batch of articles), in the transaction of the batch: the entity maps the row for reading.
 */
final class ArticleTableRows {

    private static final String VERSIONS = "select id, revision, content_hash, ingested_at from article"
            + " where id = any(?)";
    private static final String COLUMNS = "revision, content_hash, bucket_key, ingested_at, enriched_at, title,"
            + " category, layout, published_at, published_offset, source_url, sentiment_score, sentiment_label,"
            + " headline, body, extra, tldr_text, figure_count, updated_at";
    private static final String INSERT = "insert into article (" + COLUMNS + ", first_seen_at, id) values"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "update article set (" + COLUMNS + ") ="
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) where id = ?";

    private final ObjectMapper json;

    ArticleTableRows(ObjectMapper json) {
        this.json = json;
    }

    /** What the read model serves of the articles among {@code ids}, by id. */
    Map<String, ServedVersion> versions(Connection c, Collection<String> ids) throws SQLException {
        Map<String, ServedVersion> versions = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(VERSIONS)) {
            select.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    versions.put(id, new ServedVersion(id, rows.getInt(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant()));
                }
            }
        }
        return versions;
    }

    /** Inserts the rows of the articles {@code served} for the first time at {@code now}. */
    void insert(Connection c, List<ServedContent> served, Instant now) throws SQLException {
        write(c, INSERT, served, now, true);
    }

    /** Replaces the rows of the articles {@code served} at {@code now}. */
    void update(Connection c, List<ServedContent> served, Instant now) throws SQLException {
        write(c, UPDATE, served, now, false);
    }

    /** Deletes the rows of the articles {@code ids} with the rows they own. */
    static void delete(Connection c, Collection<String> ids) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from article where id = ?")) {
            for (String id : ids) {
                ArticleRows.bind(delete, id);
            }
            delete.executeBatch();
        }
    }

    /** Binds the columns of each of {@code served}, then its first-seen time ({@code now}) and id, or its id. */
    private void write(Connection c, String sql, List<ServedContent> served, Instant now, boolean insert)
            throws SQLException {
        if (served.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (ServedContent content : served) {
                Article a = new Article();
                ArticleContent.copy(content.event(), a);
                Object[] values = {content.revision(), a.contentHash, a.bucketKey, a.ingestedAt, a.enrichedAt,
                        a.title, a.category, a.layout, a.publishedAt, a.publishedOffset, a.sourceUrl, a.sentimentScore,
                        a.sentimentLabel, a.headline, a.body, write(a.extra), a.tldrText, a.figureCount, now,
                        insert ? now : a.id, a.id};
                ArticleRows.bind(statement, insert ? values : Arrays.copyOf(values, values.length - 1));
            }
            statement.executeBatch();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
