package dev.newsflow.query.article.domain;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures a revision added and dropped against the revision before it. Two figures are the same when they have
 * the same subject (ignoring case), kind, period and values (percent, points, basis points, level): a figure whose
 * sentence or place in the text changed is not a change of the market record. Counted as a multiset, so a figure
 * stated twice and then once is one dropped.
 *
 * @param added   figures of the revision that the one before did not have, in the revision's order
 * @param dropped figures of the revision before that this one does not have, in that revision's order
 */
public record FigureDiff(List<MarketFigure> added, List<MarketFigure> dropped) {

    /** The difference from {@code previous} (null or empty for a first revision) to {@code current}. */
    public static FigureDiff between(List<MarketFigure> previous, List<MarketFigure> current) {
        List<MarketFigure> before = previous == null ? List.of() : previous;
        List<MarketFigure> after = current == null ? List.of() : current;
        return new FigureDiff(missing(after, before), missing(before, after));
    }

    /** The figures of {@code figures} that {@code other} does not have (as many times as it lacks them). */
    private static List<MarketFigure> missing(List<MarketFigure> figures, List<MarketFigure> other) {
        if (figures.isEmpty() || other.isEmpty()) {
            return new ArrayList<>(figures);
        }
        Map<List<Object>, Integer> available = new HashMap<>();
        other.forEach(figure -> available.merge(key(figure), 1, Integer::sum));
        List<MarketFigure> missing = new ArrayList<>();
        for (MarketFigure figure : figures) {
            List<Object> key = key(figure);
            Integer left = available.get(key);
            if (left == null || left == 0) {
                missing.add(figure);
            } else {
                available.put(key, left - 1);
            }
        }
        return missing;
    }

    private static List<Object> key(MarketFigure f) {
        return Arrays.asList(Objects.toString(f.subject(), "").toLowerCase(Locale.ROOT), f.kind(),
                f.period(), f.changePercent(), f.changePoints(), f.changeBp(), f.level());
    }
}
