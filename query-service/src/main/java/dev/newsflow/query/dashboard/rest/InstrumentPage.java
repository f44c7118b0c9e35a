package dev.newsflow.query.dashboard.rest;

import dev.newsflow.query.dashboard.domain.HistoryPoint;
import java.util.List;

/**
 * One instrument: its figures over time as two charts (levels, percentage moves) and a table.
 *
 * @param subject     the instrument as asked for
 * @param points      its latest figures, oldest first
 * @param levels      the level chart's data (JSON)
 * @param levelPoints how many points the level chart has
 * @param moves       the move chart's data (JSON)
 * @param movePoints  how many points the move chart has
 */
public record InstrumentPage(String subject, List<HistoryPoint> points, String levels,
        long levelPoints, String moves, long movePoints) {
}
