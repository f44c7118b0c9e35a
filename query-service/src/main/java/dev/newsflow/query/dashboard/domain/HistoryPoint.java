package dev.newsflow.query.dashboard.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
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
 * @param period        the span the figure reports when not the latest session (a week, year to date), or null
 */
public record HistoryPoint(String articleId, String title, OffsetDateTime publishedAt, Double level,
        Double changePercent, Double changePoints, Double changeBp, String currency, Period period) {

    /** Whether the figure reports the latest session, so that it belongs on a chart over publication time. */
    public boolean latestSession() {
        return period == null;
    }

    /** The period in a reader's words, or "" for the latest session. */
    public String periodWords() {
        return period == null ? "" : FigureDescription.period(period);
    }
}
