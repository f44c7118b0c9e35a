package dev.newsflow.query.dashboard.persistence;

import dev.newsflow.query.dashboard.domain.DayCount;
import dev.newsflow.query.dashboard.domain.DayScore;
import dev.newsflow.query.dashboard.domain.HistoryPoint;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
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
                   f.change_points, f.change_bp, f.currency
            from figure f join article a on a.id = f.article_id
            where lower(f.subject) collate "C" = lower(?) collate "C" and (f.level is not null
                  or f.change_percent is not null or f.change_points is not null or f.change_bp is not null)
            order by f.published_at desc, f.article_id desc, f.position desc
            limit ?""";
    private static final String RECENT = """
            select keys.k, recent.level, recent.change_percent
            from unnest(?::text[]) as keys(k)
            cross join lateral (
                select f.level, f.change_percent, f.published_at, f.article_id, f.position from figure f
                where lower(f.subject) collate "C" = keys.k collate "C"
                      and (f.level is not null or f.change_percent is not null)
                order by f.published_at desc, f.article_id desc limit ?) recent
            order by keys.k, recent.published_at, recent.article_id, recent.position""";
    private static final String BY_DAY_AND_LABEL = """
            select to_char(published_at at time zone 'UTC', 'YYYY-MM-DD') as day,
                   coalesce(lower(sentiment_label), 'none') as label, count(*) as articles
            from article group by day, label order by day, label""";
    private static final String SCORE_BY_DAY_AND_CATEGORY = """
            select to_char(published_at at time zone 'UTC', 'YYYY-MM-DD') as day,
                   coalesce(category, '(none)') as category, avg(sentiment_score) as score
            from article where sentiment_score is not null group by day, category order by day, category""";

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

    private final AgroalDataSource database;

    ChartRepository(AgroalDataSource database) {
        this.database = database;
    }

    /** The latest {@code limit} figures of {@code subject} with a level or a move, oldest first. */
    public List<HistoryPoint> history(String subject, int limit) {
        List<HistoryPoint> points = query(HISTORY, row -> new HistoryPoint(row.getString("article_id"),
                row.getString("title"), row.getTimestamp("published_at").toInstant()
                        .atOffset(ZoneOffset.of(row.getString("published_offset"))),
                number(row, "level"), number(row, "change_percent"), number(row, "change_points"),
                number(row, "change_bp"), row.getString("currency")), subject, limit);
        Collections.reverse(points);
        return points;
    }

    /**
     * The last {@code perSubject} values of each of {@code subjects}, oldest first: levels where there are, else moves.
     */
    public Map<String, List<Double>> recent(List<String> subjects, int perSubject) {
        Map<String, List<Double>> levels = new LinkedHashMap<>();
        Map<String, List<Double>> moves = new LinkedHashMap<>();
        String[] keys = subjects.stream().map(s -> s.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        query(RECENT, row -> {
            String key = row.getString("k");
            Double level = number(row, "level");
            Double move = number(row, "change_percent");
            if (level != null) {
                levels.computeIfAbsent(key, k -> new ArrayList<>()).add(level);
            }
            if (move != null) {
                moves.computeIfAbsent(key, k -> new ArrayList<>()).add(move);
            }
            return key;
        }, keys, perSubject);
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
        return query(BY_DAY_AND_LABEL, row -> new DayCount(row.getString("day"), row.getString("label"),
                row.getLong("articles")));
    }

    /** The average sentiment score of each day's (UTC) articles in each category, oldest first. */
    public List<DayScore> scoreByDayAndCategory() {
        return query(SCORE_BY_DAY_AND_CATEGORY, row -> new DayScore(row.getString("day"), row.getString("category"),
                row.getDouble("score")));
    }

    /** The sentiment labels of the articles, in lower case, in alphabetical order. */
    public List<String> sentimentLabels() {
        return query(LABELS, row -> row.getString("sentiment_label"));
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] array) {
                    statement.setArray(i + 1, connection.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("The dashboard could not read the read model: " + e.getMessage(), e);
        }
    }

    private static Double number(ResultSet row, String column) throws SQLException {
        Object value = row.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** Reads one row by column name. */
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }
}
