package dev.newsflow.query.article.domain;

import java.time.Instant;

/**
 * An article as the live feed announces its retraction.
 *
 * @param id          article id
 * @param revision    the revision withdrawn
 * @param retractedAt when it was withdrawn
 * @param reason      why
 * @param storedAt    when the read model stored the retraction
 */
public record FeedRetraction(String id, int revision, Instant retractedAt, String reason, Instant storedAt)
        implements FeedEvent {

    @Override
    public FeedPosition position() {
        return new FeedPosition(storedAt, id);
    }

    @Override
    public int step() {
        return 2 * revision + 1;
    }
}
