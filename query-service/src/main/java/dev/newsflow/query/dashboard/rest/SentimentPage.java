package dev.newsflow.query.dashboard.rest;

/**
 * Sentiment over time: articles per day by label, and the average score by category per day, as charts.
 *
 * @param byLabel         the first chart's data (JSON)
 * @param labelDays       how many days it has
 * @param byCategory      the second chart's data (JSON)
 * @param categoryDays    how many days it has
 * @param articles        how many articles in all
 */
public record SentimentPage(String byLabel, int labelDays, String byCategory, int categoryDays, long articles) {
}
