package dev.newsflow.query.stats.persistence;

import dev.newsflow.query.persistence.Row;
import dev.newsflow.query.stats.domain.Group;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;

/** Counts articles and averages their sentiment score per day or per category, from the sentiment tally. */
@ApplicationScoped
public class SentimentRepository {

    /** A group's count and average score, from the tally the article table's triggers keep. */
    private static final String SUMS = "sum(articles) as articles,"
            + " (sum(score_sum) / nullif(sum(scored), 0))::float8 as average_score from sentiment_tally";

    private final EntityManager em;

    SentimentRepository(EntityManager em) {
        this.em = em;
    }

    /** The groups by day of publication (UTC), oldest first. */
    public List<Group> byDay() {
        return groups("select to_char(day, 'YYYY-MM-DD') as k, " + SUMS + " group by 1 having sum(articles) > 0"
                + " order by 1");
    }

    /** The groups by category, by name. */
    public List<Group> byCategory() {
        return groups("select category as k, " + SUMS + " group by 1 having sum(articles) > 0 order by 1");
    }

    private List<Group> groups(String sql) {
        return Row.all(em.createNativeQuery(sql, Tuple.class)).stream()
                .map(row -> new Group(row.text("k"), row.count("articles"), row.number("average_score")))
                .toList();
    }
}
