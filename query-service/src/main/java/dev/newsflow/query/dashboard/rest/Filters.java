package dev.newsflow.query.dashboard.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The filters of the front page as the reader typed them (null where empty).
 *
 * @param category  category
 * @param sentiment sentiment label
 * @param from      first day of publication
 * @param to        last day of publication
 * @param subject   an instrument the articles give a figure of
 * @param q         full-text search
 */
public record Filters(String category, String sentiment, String from, String to, String subject, String q) {

    /** Whether any filter is set. */
    public boolean any() {
        return category != null || sentiment != null || from != null || to != null || subject != null || q != null;
    }

    /** The query string of these filters, to append a cursor to ("" when none is set). */
    public String query() {
        StringBuilder query = new StringBuilder();
        add(query, "category", category);
        add(query, "sentiment", sentiment);
        add(query, "from", from);
        add(query, "to", to);
        add(query, "subject", subject);
        add(query, "q", q);
        return query.toString();
    }

    private static void add(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }
}
