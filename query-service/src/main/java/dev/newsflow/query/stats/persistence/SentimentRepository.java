package dev.newsflow.query.stats.persistence;

import dev.newsflow.query.persistence.Row;
import dev.newsflow.query.stats.domain.Group;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;

/** Counts articles and averages their sentiment score per day or per category, in PostgreSQL. */
@ApplicationScoped
public class SentimentRepository {

    private final EntityManager em;

    SentimentRepository(EntityManager em) {
        this.em = em;
    }

    /** The groups by day of publication (UTC), oldest first. */
    public List<Group> byDay() {
        return groups("select to_char(published_at at time zone 'UTC', 'YYYY-MM-DD') as k, count(*) as articles,"
                + " avg(sentiment_score) as average_score from article group by k order by k");
    }

    /** The groups by category, by name. */
    public List<Group> byCategory() {
        return groups("select category as k, count(*) as articles, avg(sentiment_score) as average_score"
                + " from article group by k order by k");
    }

    private List<Group> groups(String sql) {
        return Row.all(em.createNativeQuery(sql, Tuple.class)).stream()
                .map(row -> new Group(row.text("k"), row.count("articles"), row.number("average_score")))
                .toList();
    }
}
