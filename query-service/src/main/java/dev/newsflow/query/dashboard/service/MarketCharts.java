package dev.newsflow.query.dashboard.service;

import dev.newsflow.query.dashboard.domain.ChartData;
import dev.newsflow.query.dashboard.domain.DayCount;
import dev.newsflow.query.dashboard.domain.DayScore;
import dev.newsflow.query.dashboard.domain.HistoryPoint;
import dev.newsflow.query.dashboard.domain.InstrumentHistory;
import dev.newsflow.query.dashboard.domain.SentimentHistory;
import dev.newsflow.query.dashboard.domain.Sparkline;
import dev.newsflow.query.dashboard.persistence.ChartRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The dashboard's charts: an instrument's levels and moves, sparklines of many, sentiment per day. */
@ApplicationScoped
public class MarketCharts {

    private static final int CHART_POINTS = 500;
    private static final int SPARK_POINTS = 20;
    private static final int CATEGORY_SERIES = 8;
    private static final List<String> USUAL_LABELS = List.of("optimistic", "neutral", "pessimistic");

    private final ChartRepository repository;

    MarketCharts(ChartRepository repository) {
        this.repository = repository;
    }

    /**
     * The latest figures of {@code subject} (ignoring case) as a table and two charts; the charts, over publication
     * time, take only the figures of the latest session (a year-to-date move is no point beside the day's).
     */
    public InstrumentHistory instrument(String subject) {
        List<HistoryPoint> points = repository.history(subject, CHART_POINTS);
        ChartData levels = ChartData.empty();
        ChartData moves = ChartData.empty();
        List<Double> levelValues = new ArrayList<>();
        List<Double> moveValues = new ArrayList<>();
        for (HistoryPoint point : points.stream().filter(HistoryPoint::latestSession).toList()) {
            String link = "/articles/" + point.articleId();
            if (point.level() != null) {
                levels.x().add(point.publishedAt().toEpochSecond());
                levels.links().add(link);
                levelValues.add(point.level());
            }
            if (point.changePercent() != null) {
                moves.x().add(point.publishedAt().toEpochSecond());
                moves.links().add(link);
                moveValues.add(point.changePercent());
            }
        }
        levels.series().add(new ChartData.Series("level", levelValues));
        moves.series().add(new ChartData.Series("move %", moveValues));
        return new InstrumentHistory(points, levels, moves);
    }

    /** The sparkline points of each of {@code subjects}, by subject as given ("" when it has too few values). */
    public Map<String, String> sparklines(List<String> subjects) {
        Map<String, List<Double>> recent = repository.recent(subjects, SPARK_POINTS);
        Map<String, String> lines = new LinkedHashMap<>();
        subjects.forEach(s -> lines.put(s, Sparkline.points(recent.get(s.toLowerCase(Locale.ROOT)))));
        return lines;
    }

    /** Articles per day by sentiment label, and the average score per day of the busiest categories. */
    public SentimentHistory sentiment() {
        List<DayCount> counts = repository.articlesByDayAndLabel();
        List<DayScore> scores = repository.scoreByDayAndCategory();
        ChartData byLabel = byDay(counts.stream().map(c -> new Cell(c.day(), c.label(), (double) c.articles()))
                .toList(), labelOrder(counts.stream().map(DayCount::label).collect(Collectors.toSet())));
        Map<String, Integer> days = new LinkedHashMap<>();
        scores.forEach(s -> days.merge(s.category(), 1, Integer::sum));
        List<String> categories = days.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(CATEGORY_SERIES).map(Map.Entry::getKey).toList();
        ChartData byCategory = byDay(scores.stream().map(s -> new Cell(s.day(), s.category(), s.score())).toList(),
                categories);
        return new SentimentHistory(byLabel, byCategory, counts.stream().mapToLong(DayCount::articles).sum());
    }

    /** The sentiment labels in use, capitalized ("Optimistic"), for the front page's filter. */
    public List<String> sentimentLabels() {
        return repository.sentimentLabels().stream()
                .map(label -> label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT)
                        + label.substring(1))
                .toList();
    }

    /** The usual labels first, then any other in alphabetical order, then "none". */
    private static List<String> labelOrder(Set<String> labels) {
        List<String> order = new ArrayList<>(USUAL_LABELS.stream().filter(labels::contains).toList());
        labels.stream().filter(l -> !USUAL_LABELS.contains(l) && !l.equals("none")).sorted().forEach(order::add);
        if (labels.contains("none")) {
            order.add("none");
        }
        return order;
    }

    /** One value of a day-by-key table. */
    private record Cell(String day, String key, double value) {
    }

    /** A chart with one x per day (UTC midnight) and one series per key of {@code keys} that has a value. */
    private static ChartData byDay(List<Cell> cells, List<String> keys) {
        TreeSet<String> days = new TreeSet<>();
        Map<String, Map<String, Double>> table = new TreeMap<>();
        for (Cell cell : cells) {
            days.add(cell.day());
            table.computeIfAbsent(cell.key(), k -> new TreeMap<>()).put(cell.day(), cell.value());
        }
        ChartData chart = ChartData.empty();
        days.forEach(day -> {
            chart.x().add(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
            chart.links().add(null);
        });
        for (String key : keys) {
            Map<String, Double> values = table.get(key);
            if (values != null) {
                chart.series().add(new ChartData.Series(key, days.stream().map(values::get).toList()));
            }
        }
        return chart;
    }
}
