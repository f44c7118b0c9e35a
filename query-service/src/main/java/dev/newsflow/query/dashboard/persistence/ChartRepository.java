package dev.newsflow.query.dashboard.persistence;

import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.query.dashboard.domain.DayCount;
import dev.newsflow.query.dashboard.domain.DayScore;
import dev.newsflow.query.dashboard.domain.HistoryPoint;
import dev.newsflow.query.persistence.FigureStatements;
import dev.newsflow.query.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The read model as the dashboard charts it: an instrument's figures over time, recent values of many, sentiment by
 * day.
 */
@ApplicationScoped
public class ChartRepository {

    private static final String HISTORY = """
            select f.article_id, a.title, f.published_at, a.published_offset, f.level, f.change_percent,
                   f.change_points, f.change_bp, f.currency, f.period
            from figure f join article a on a.id = f.article_id
            where lower(f.subject) collate "C" = lower(:subject) collate "C" and (f.level is not null
                  or f.change_percent is not null or f.change_points is not null or f.change_bp is not null)
                  and %s
            order by f.published_at desc, f.article_id desc, f.position desc
            limit :limit""".formatted(FigureStatements.firstStatement("f"));
    private static final String RECENT = """
            select keys.k, recent.level, recent.change_percent
            from unnest(string_to_array(:keys, chr(31))) as keys(k)
            cross join lateral (
                select f.level, f.change_percent, f.published_at, f.article_id, f.position from figure f
                where lower(f.subject) collate "C" = keys.k collate "C"
                      and (f.level is not null or f.change_percent is not null) and f.period is null and %s
                order by f.published_at desc, f.article_id desc limit :perSubject) recent
            order by keys.k, recent.published_at, recent.article_id, recent.position"""
            .formatted(FigureStatements.firstStatement("f"));
    private static final String BY_DAY_AND_LABEL = """
            select to_char(day, 'YYYY-MM-DD') as day, coalesce(lower(label), 'none') as label,
                   sum(articles) as articles
            from sentiment_tally group by 1, 2 having sum(articles) > 0 order by 1, 2""";
    private static final String SCORE_BY_DAY_AND_CATEGORY = """
            select to_char(day, 'YYYY-MM-DD') as day, coalesce(category, '(none)') as category,
                   (sum(score_sum) / sum(scored))::float8 as score
            from sentiment_tally group by 1, 2 having sum(scored) > 0 order by 1, 2""";

    /** The labels in use, lower case: one probe of {@code article_sentiment} per label (a loose index scan). */
    private static final String LABELS = """
            with recursive labels as (
                (select lower(sentiment_label) as label from article where sentiment_label is not null
                 order by 1 limit 1)
                union all
                select (select lower(a.sentiment_label) from article a
                        where lower(a.sentiment_label) > labels.label order by 1 limit 1)
                from labels where labels.label is not null)
            select label as sentiment_label from labels where label is not null""";

    /** Separates the subjects handed to a query as one text (the unit separator, never in a subject's name). */
    private static final String KEY_SEPARATOR = "\u001F";

    private final EntityManager em;

    ChartRepository(EntityManager em) {
        this.em = em;
    }

    /** The latest {@code limit} figures of {@code subject} with a level or a move, oldest first. */
    public List<HistoryPoint> history(String subject, int limit) {
        List<HistoryPoint> points = new ArrayList<>(rows(HISTORY, Map.of("subject", subject, "limit", limit)).stream()
                .map(row -> new HistoryPoint(row.text("article_id"), row.text("title"),
                        row.at("published_at", "published_offset"), row.number("level"),
                        row.number("change_percent"), row.number("change_points"), row.number("change_bp"),
                        row.text("currency"), row.constant(Period.class, "period")))
                .toList());
        Collections.reverse(points);
        return points;
    }

    /**
     * The last {@code perSubject} values of each of {@code subjects} in the latest session they were reported, oldest
     * first: levels where there are, else moves.
     */
    public Map<String, List<Double>> recent(List<String> subjects, int perSubject) {
        Map<String, List<Double>> levels = new LinkedHashMap<>();
        Map<String, List<Double>> moves = new LinkedHashMap<>();
        if (subjects.isEmpty()) {
            return moves;
        }
        String keys = String.join(KEY_SEPARATOR, subjects.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        for (Row row : rows(RECENT, Map.of("keys", keys, "perSubject", perSubject))) {
            add(levels, row.text("k"), row.number("level"));
            add(moves, row.text("k"), row.number("change_percent"));
        }
        Map<String, List<Double>> recent = new LinkedHashMap<>(moves);
        levels.forEach((key, values) -> {
            if (values.size() >= 2) {
                recent.put(key, values);
            }
        });
        return recent;
    }

    /** How many articles were published each day (UTC) under each sentiment label, oldest first. */
    public List<DayCount> articlesByDayAndLabel() {
        return rows(BY_DAY_AND_LABEL, Map.of()).stream()
                .map(row -> new DayCount(row.text("day"), row.text("label"), row.count("articles"))).toList();
    }

    /** The average sentiment score of each day's (UTC) articles in each category, oldest first. */
    public List<DayScore> scoreByDayAndCategory() {
        return rows(SCORE_BY_DAY_AND_CATEGORY, Map.of()).stream()
                .map(row -> new DayScore(row.text("day"), row.text("category"), row.number("score"))).toList();
    }

    /** The sentiment labels of the articles, in lower case, in alphabetical order. */
    public List<String> sentimentLabels() {
        return rows(LABELS, Map.of()).stream().map(row -> row.text("sentiment_label")).toList();
    }

    private List<Row> rows(String sql, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        return Row.all(query);
    }

    private static void add(Map<String, List<Double>> values, String key, Double value) {
        if (value != null) {
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }
}
