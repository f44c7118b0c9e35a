package dev.newsflow.query.dashboard.domain;

import java.util.List;

/**
 * An instrument's latest figures, as a table and as two charts.
 *
 * @param points its latest figures with a level or a move, oldest first
 * @param levels its levels over time, each linked to its article
 * @param moves  its percentage moves over time, each linked to its article
 */
public record InstrumentHistory(List<HistoryPoint> points, ChartData levels, ChartData moves) {
}
