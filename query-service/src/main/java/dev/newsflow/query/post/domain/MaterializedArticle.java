package dev.newsflow.query.post.domain;

import java.time.Instant;

/** What the read model holds of an article now: its revision, content and when it last changed. */
public record MaterializedArticle(String id, int revision, String contentHash, Instant updatedAt) {
}
