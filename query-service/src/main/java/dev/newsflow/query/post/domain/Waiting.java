package dev.newsflow.query.post.domain;

/**
 * Where a post that is not done waits, and for how long.
 *
 * @param on      the service whose turn it is: enrich-service or query-service
 * @param seconds seconds since the post's last stage
 */
public record Waiting(String on, long seconds) {
}
