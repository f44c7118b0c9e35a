package dev.newsflow.query.dashboard.domain;

/**
 * Articles of one day under one sentiment label.
 *
 * @param day      ISO date (UTC)
 * @param label    sentiment label, lower case ("none" when the post has none)
 * @param articles how many
 */
public record DayCount(String day, String label, long articles) {
}
