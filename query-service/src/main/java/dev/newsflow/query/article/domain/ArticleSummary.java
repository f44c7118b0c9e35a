package dev.newsflow.query.article.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article in a list: enough to choose it, and when Newsflow first stored it and last changed it. */
public record ArticleSummary(String id, String title, @Schema(nullable = true) String category,
        OffsetDateTime publishedAt, @Schema(nullable = true) String sentimentLabel,
        @Schema(nullable = true) Double sentimentScore, List<String> tldr, int figureCount, Instant firstSeenAt,
        Instant updatedAt) {
}
