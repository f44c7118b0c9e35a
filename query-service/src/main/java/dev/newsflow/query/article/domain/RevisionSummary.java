package dev.newsflow.query.article.domain;

import java.time.Instant;

/**
 * One revision of an article in its list of revisions.
 *
 * @param revision       the revision number
 * @param contentHash    SHA-256 (hex) of the post's file at this revision
 * @param ingestedAt     when ingest-service read this revision
 * @param enrichedAt     when enrich-service enriched it
 * @param title          its title
 * @param figuresAdded   how many figures it added against the revision before it
 * @param figuresDropped how many figures of the revision before it dropped
 * @param storedAt       when the read model stored it
 */
public record RevisionSummary(int revision, String contentHash, Instant ingestedAt, Instant enrichedAt, String title,
        int figuresAdded, int figuresDropped, Instant storedAt) {
}
