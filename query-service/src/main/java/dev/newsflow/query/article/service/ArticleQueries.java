package dev.newsflow.query.article.service;

import dev.newsflow.query.api.Columns;
import dev.newsflow.query.api.Cursors;
import dev.newsflow.query.api.Page;
import dev.newsflow.query.api.WhereClause;
import dev.newsflow.query.article.rest.ArticleSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** Lists articles newest first with keyset paging, narrowed by an {@link ArticleFilter}. */
@ApplicationScoped
public class ArticleQueries {

    /** The cursor kind of article lists. */
    public static final String CURSOR = "articles";
    private static final String SELECT = "select a.id, a.title, a.category, a.published_at, a.published_offset,"
            + " a.sentiment_label, a.sentiment_score, a.figure_count, array(select t.text from article_tldr t"
            + " where t.article_id = a.id order by t.position), a.first_seen_at, a.updated_at from article a";

    private final EntityManager em;

    ArticleQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of articles after {@code after} (null for the first page). */
    public Page<ArticleSummary> list(ArticleFilter filter, int limit, Cursors.Position after) {
        WhereClause where = new WhereClause()
                .when(filter.category(), "lower(a.category) = lower(?)", filter.category())
                .when(filter.from(), "a.published_at >= ?", filter.from())
                .when(filter.to(), "a.published_at < ?", filter.to())
                .when(filter.sentiment(), "lower(a.sentiment_label) = lower(?)", filter.sentiment())
                .when(filter.minScore(), "a.sentiment_score >= ?", filter.minScore())
                .when(filter.maxScore(), "a.sentiment_score <= ?", filter.maxScore())
                .when(filter.subject(), "exists (select 1 from figure f where f.article_id = a.id"
                        + " and lower(f.subject) = lower(?))", filter.subject())
                .when(filter.q(), "a.search @@ websearch_to_tsquery('english', ?)", filter.q());
        if (after != null) {
            where.add("(a.published_at, a.id) < (?, ?)", after.time(), after.keys().get(0));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.query(em, SELECT, "order by a.published_at desc, a.id desc limit " + (limit + 1))
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        List<ArticleSummary> items = new ArrayList<>(page.size());
        for (Object[] r : page) {
            items.add(new ArticleSummary((String) r[0], (String) r[1], (String) r[2], Columns.at(r[3], r[4]),
                    (String) r[5], Columns.number(r[6]), Columns.texts(r[8]), Columns.integer(r[7]),
                    Columns.instant(r[9]), Columns.instant(r[10])));
        }
        String next = null;
        if (more) {
            Object[] last = page.get(page.size() - 1);
            next = Cursors.encode(CURSOR, Columns.instant(last[3]), last[0]);
        }
        return new Page<>(items, next);
    }
}
