package dev.newsflow.query.post.domain;

import java.util.Locale;

/** The stages a post goes through, in the order they normally happen; their names are the API's. */
public enum Stage {
    RECEIVED, PUBLISHED, REJECTED, ENRICHED, MATERIALIZED, RETRACTED;

    /** The name in the API and in the database, e.g. {@code published}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stage called {@code label}. */
    public static Stage of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
