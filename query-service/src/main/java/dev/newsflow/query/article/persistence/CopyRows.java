package dev.newsflow.query.article.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;

/**
 * The rows of one table written with a single {@code COPY ... FROM STDIN} (PostgreSQL's text format), in the
 * transaction of the connection: cheaper on both sides than a batch of inserts of the same rows.
 */
final class CopyRows {

    private final String sql;
    private final StringBuilder text = new StringBuilder(4096);

    /** Rows of {@code table} with {@code columns} (comma-separated), in that order. */
    CopyRows(String table, String columns) {
        this.sql = "copy " + table + " (" + columns + ") from stdin";
    }

    /** Adds a row of {@code values}: null as SQL null, instants in ISO-8601 (UTC), anything else as its text. */
    void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
    }

    /** Writes the rows added, if any. */
    void copy(Connection c) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("the rows could not be sent: " + e.getMessage(), "08006", e);
        }
    }

    private void append(Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value instanceof Instant instant ? instant.toString() : value.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
    }
}
