package dev.newsflow.query.article.messaging;

import java.sql.SQLException;

/**
 * Says in one short line why the database refused a write: PostgreSQL's own message and SQLSTATE (for example
 * {@code index row size 3016 exceeds btree version 4 maximum 2704 for index "article_category" (SQLSTATE 54000)}),
 * without the statement and the values that Hibernate's message carries.
 */
final class DatabaseRefusal {

    private static final int LONGEST = 300;

    private DatabaseRefusal() {
    }

    /** The database's reason for {@code failure}, or the failure's own first line when no SQL error is in it. */
    static String reason(Throwable failure) {
        SQLException sql = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException found) {
                sql = found;
            }
        }
        if (sql == null) {
            return firstLine(String.valueOf(failure.getMessage()));
        }
        while (sql.getNextException() != null) {
            sql = sql.getNextException();
        }
        String message = firstLine(String.valueOf(sql.getMessage())).replaceFirst("^ERROR: ", "");
        return sql.getSQLState() == null ? message : message + " (SQLSTATE " + sql.getSQLState() + ")";
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() <= LONGEST ? line : line.substring(0, LONGEST) + "…";
    }
}
