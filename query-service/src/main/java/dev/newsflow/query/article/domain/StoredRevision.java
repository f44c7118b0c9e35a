package dev.newsflow.query.article.domain;

import dev.newsflow.contracts.article.ArticleEnriched;
import java.time.Instant;

/**
 * A revision to keep: its event as received, the number it is stored as, its figure changes and when.
 *
 * @param event    the enriched event
 * @param json     the event's JSON as received
 * @param revision its revision (the event's own, or counted by the read model for events without one)
 * @param figures  what it added and dropped against the revision before it
 * @param storedAt when the read model stored it
 */
public record StoredRevision(ArticleEnriched event, String json, int revision, FigureDiff figures, Instant storedAt) {
}
