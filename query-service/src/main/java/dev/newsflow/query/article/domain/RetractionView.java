package dev.newsflow.query.article.domain;

import java.time.Instant;

/**
 * A retracted article, as the API tells it.
 *
 * @param id          the article id
 * @param revision    the revision withdrawn
 * @param retractedAt when it was withdrawn
 * @param reason      why
 */
public record RetractionView(String id, int revision, Instant retractedAt, String reason) {

    /** The view of {@code retraction}. */
    public static RetractionView of(Retraction retraction) {
        return new RetractionView(retraction.articleId, retraction.revision, retraction.retractedAt,
                retraction.reason);
    }
}
