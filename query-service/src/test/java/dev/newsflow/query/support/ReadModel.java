package dev.newsflow.query.support;

import dev.newsflow.testsupport.postgres.PostgresTestResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** Reads and clears the read model's tables over plain JDBC, to check what the service wrote. */
public final class ReadModel {

    private ReadModel() {
    }

    /** Empties every table of the read model. */
    public static void clear() {
        execute("truncate article, article_tldr, article_source, source_check, figure, article_revision,"
                + " article_retraction");
    }

    /** How many rows {@code table} has. */
    public static long count(String table) {
        return single("select count(*) from " + table, null, rs -> rs.getLong(1));
    }

    /** How many rows of {@code table} (one the article owns) belong to article {@code id}. */
    public static long rows(String table, String id) {
        return single("select count(*) from " + table + " where article_id = ?", id, rs -> rs.getLong(1));
    }

    /** When article {@code id} was last changed, or null. */
    public static Instant updatedAt(String id) {
        return single("select updated_at from article where id = ?", id,
                rs -> rs.getTimestamp(1).toInstant());
    }

    /** The revision of article {@code id}. */
    public static Integer revision(String id) {
        return single("select revision from article where id = ?", id, rs -> rs.getInt(1));
    }

    /** How many revisions of article {@code id} are kept. */
    public static long revisions(String id) {
        return single("select count(*) from article_revision where article_id = ?", id, rs -> rs.getLong(1));
    }

    /** When the retraction of article {@code id} was stored, or null when it is not retracted. */
    public static Instant retractionStoredAt(String id) {
        return single("select stored_at from article_retraction where article_id = ?", id,
                rs -> rs.getTimestamp(1).toInstant());
    }

    /** The content hash of article {@code id}. */
    public static String contentHash(String id) {
        return single("select content_hash from article where id = ?", id, rs -> rs.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T single(String sql, String parameter, Column<T> column) {
        try (Connection c = PostgresTestResource.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? column.read(rs) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql) {
        try (Connection c = PostgresTestResource.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
