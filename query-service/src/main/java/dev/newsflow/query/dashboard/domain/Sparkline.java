package dev.newsflow.query.dashboard.domain;

import java.util.List;
import java.util.Locale;

/** The points of a small line chart of a few values, as the {@code points} of an SVG polyline in a 100×24 box. */
public final class Sparkline {

    /** The width of the box the points are in. */
    public static final int WIDTH = 100;
    /** The height of the box the points are in. */
    public static final int HEIGHT = 24;
    private static final double MARGIN = 2;

    private Sparkline() {
    }

    /** The polyline points of {@code values}, left to right; empty when there are fewer than two. */
    public static String points(List<Double> values) {
        if (values == null || values.size() < 2) {
            return "";
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double span = max - min == 0 ? 1 : max - min;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = (double) i * WIDTH / (values.size() - 1);
            double y = max - min == 0 ? HEIGHT / 2.0
                    : MARGIN + (max - values.get(i)) / span * (HEIGHT - 2 * MARGIN);
            points.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return points.toString();
    }
}
