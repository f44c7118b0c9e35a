package dev.newsflow.query.dashboard.domain;

/**
 * Average sentiment score of one day's articles in one category.
 *
 * @param day      ISO date (UTC)
 * @param category category ("(none)" when the post has none)
 * @param score    average score
 */
public record DayScore(String day, String category, double score) {
}
