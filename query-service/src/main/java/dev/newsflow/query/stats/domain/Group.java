package dev.newsflow.query.stats.domain;

/**
 * A group of articles (those of one day, or of one category) with their sentiment.
 *
 * @param key          the day (ISO date, UTC) or the category (null for none)
 * @param articles     how many articles
 * @param averageScore their average sentiment score, or null when none has one
 */
public record Group(String key, long articles, Double averageScore) {
}
