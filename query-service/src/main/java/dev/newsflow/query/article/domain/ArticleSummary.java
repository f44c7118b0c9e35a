package dev.newsflow.query.article.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** An article in a list: enough to choose it, and when Newsflow first stored it and last changed it. */
public record ArticleSummary(String id, String title, String category, OffsetDateTime publishedAt,
        String sentimentLabel, Double sentimentScore, List<String> tldr, int figureCount, Instant firstSeenAt,
        Instant updatedAt) {
}
