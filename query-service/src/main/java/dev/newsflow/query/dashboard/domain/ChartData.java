package dev.newsflow.query.dashboard.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The data of one chart as the dashboard's script draws it: x values (Unix seconds), one or more named series of y
 * values (null where a series has no point), and for each x the page it links to (or null).
 *
 * @param x      x values, ascending
 * @param series the series
 * @param links  the page of each x, or null
 */
public record ChartData(List<Long> x, List<Series> series, List<String> links) {

    /** An empty chart to fill. */
    public static ChartData empty() {
        return new ChartData(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** How many points the chart has in all series. */
    public long points() {
        return series.stream().mapToLong(s -> s.values().stream().filter(v -> v != null).count()).sum();
    }

    /**
     * A named series.
     *
     * @param label  its name in the legend
     * @param values one value per x, or null
     */
    public record Series(String label, List<Double> values) {
    }
}
