package dev.newsflow.query.article.domain;

import java.time.Instant;

/**
 * Where a follower of the feed is: the last item it saw, as the SSE event id ({@code Last-Event-ID}) says it.
 *
 * @param updatedAt when the read model stored that item's revision
 * @param id        its article id
 */
public record FeedPosition(Instant updatedAt, String id) {

    /** The position after {@code item}. */
    public static FeedPosition of(FeedItem item) {
        return new FeedPosition(item.updatedAt(), item.id());
    }
}
