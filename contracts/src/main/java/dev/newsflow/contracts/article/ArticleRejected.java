package dev.newsflow.contracts.article;

import java.time.Instant;
import java.util.List;

/**
 * A post that could not be ingested, published on {@code articles.rejected} and kept beside the file as
 * {@code <name>.error.json}.
 *
 * @param reason one line that says what is wrong
 * @param via    how the post arrived: {@link Via#BUCKET} or {@link Via#HTTP}; null in older events
 */
public record ArticleRejected(
        String bucketKey,
        String contentHash,
        Instant rejectedAt,
        String reason,
        List<RejectionError> errors,
        String via) {
}
