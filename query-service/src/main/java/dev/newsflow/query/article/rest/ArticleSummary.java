package dev.newsflow.query.article.rest;

import java.time.OffsetDateTime;
import java.util.List;

/** An article in a list: enough to choose it. */
public record ArticleSummary(String id, String title, String category, OffsetDateTime publishedAt,
        String sentimentLabel, Double sentimentScore, List<String> tldr, int figureCount) {
}
