package dev.newsflow.query.post.domain;

import java.util.List;

/**
 * The story of one post, answered by {@code GET /api/posts/status}.
 *
 * @param id        the article id, or null while only rejections are known
 * @param bucketKey the post's key in the bucket, e.g. {@code incoming/2026/gold.md}
 * @param state     the latest stage: received, published, rejected, enriched, materialized or retracted
 * @param stages    every stage seen, oldest first (each attempt of a post that was sent again)
 * @param waiting   where the post waits and since when; null when it is done (rejected, materialized, retracted)
 */
public record PostStory(String id, String bucketKey, String state, List<StoryStage> stages, Waiting waiting) {
}
