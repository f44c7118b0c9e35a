package dev.newsflow.query.article.domain;

import java.time.Instant;

/**
 * Where a follower of the feed is: the last event it saw, as the SSE event id ({@code Last-Event-ID}) says it.
 *
 * @param updatedAt when the read model stored that event's row (the article's revision, or its retraction)
 * @param id        its article id
 */
public record FeedPosition(Instant updatedAt, String id) {
}
