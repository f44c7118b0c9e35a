package dev.newsflow.query.dashboard.domain;

import java.time.OffsetDateTime;

/**
 * One figure of an instrument, with the article it comes from.
 *
 * @param articleId     the article
 * @param title         its title
 * @param publishedAt   its publication time
 * @param level         level, or null
 * @param changePercent percentage move, or null
 * @param changePoints  move in points, or null
 * @param changeBp      move in basis points, or null
 * @param currency      the level's currency, or null
 */
public record HistoryPoint(String articleId, String title, OffsetDateTime publishedAt, Double level,
        Double changePercent, Double changePoints, Double changeBp, String currency) {
}
