package dev.newsflow.ingest.post.domain;

import java.time.Instant;

/**
 * The value of a record of the id-claim topic (key: the article id): the bucket key that claims the id, and when.
 *
 * @param bucketKey the claiming post's bucket key, e.g. {@code incoming/2026/gold.md}
 * @param claimedAt when the claim was made
 */
public record IdClaim(String bucketKey, Instant claimedAt) {
}
