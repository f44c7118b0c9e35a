package dev.newsflow.query.stats.service;

import dev.newsflow.query.api.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Counts articles and averages their sentiment score per day or per category. */
@ApplicationScoped
public class SentimentStats {

    private final EntityManager em;

    SentimentStats(EntityManager em) {
        this.em = em;
    }

    /**
     * One group of articles.
     *
     * @param key          the day (ISO date, UTC) or the category (null for none)
     * @param articles     how many articles
     * @param averageScore their average sentiment score, or null when none has one
     */
    public record Group(String key, long articles, Double averageScore) {
    }

    /** The groups by day of publication (UTC), oldest first. */
    public List<Group> byDay() {
        return groups("select to_char(published_at at time zone 'UTC', 'YYYY-MM-DD') as k, count(*),"
                + " avg(sentiment_score) from article group by k order by k");
    }

    /** The groups by category, by name. */
    public List<Group> byCategory() {
        return groups("select category as k, count(*), avg(sentiment_score) from article group by k order by k");
    }

    private List<Group> groups(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new Group((String) r[0], ((Number) r[1]).longValue(), Columns.number(r[2])))
                .toList();
    }
}
