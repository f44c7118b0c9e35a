package dev.newsflow.query.article.domain;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An article as the live feed announces it, each time a revision of it is materialized.
 *
 * @param id             article id
 * @param revision       the revision just materialized
 * @param title          title
 * @param category       category, or null
 * @param publishedAt    publication time, in the post's own offset
 * @param sentimentLabel sentiment label, or null
 * @param sentimentScore sentiment score, or null
 * @param figureCount    how many market figures it has
 * @param updatedAt      when the read model stored this revision
 */
public record FeedItem(String id, int revision, String title, String category, OffsetDateTime publishedAt,
        String sentimentLabel, Double sentimentScore, int figureCount, Instant updatedAt) implements FeedEvent {

    @Override
    public FeedPosition position() {
        return new FeedPosition(updatedAt, id);
    }

    @Override
    public int step() {
        return 2 * revision;
    }
}
