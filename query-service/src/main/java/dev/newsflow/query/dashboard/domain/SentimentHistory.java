package dev.newsflow.query.dashboard.domain;

/**
 * Sentiment over time as two charts.
 *
 * @param byLabel    articles per day, one series per sentiment label
 * @param byCategory average score per day, one series per category (the categories with the most days)
 * @param articles   how many articles in all
 */
public record SentimentHistory(ChartData byLabel, ChartData byCategory, long articles) {
}
