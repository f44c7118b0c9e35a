package dev.newsflow.query.stats.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A group of articles (those of one day, or of one category) with their sentiment.
 *
 * @param key          the day (ISO date, UTC) or the category (null for none)
 * @param articles     how many articles
 * @param averageScore their average sentiment score, or null when none has one
 */
public record Group(@Schema(nullable = true) String key, long articles, @Schema(nullable = true) Double averageScore) {
}
