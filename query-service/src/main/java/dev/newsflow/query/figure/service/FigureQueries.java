package dev.newsflow.query.figure.service;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Direction;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.contracts.article.MarketFigure.Qualifier;
import dev.newsflow.query.api.Columns;
import dev.newsflow.query.api.Cursors;
import dev.newsflow.query.api.Page;
import dev.newsflow.query.api.WhereClause;
import dev.newsflow.query.figure.rest.FigureView;
import dev.newsflow.query.figure.rest.SubjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Time series of market figures (oldest first, keyset-paged) and the latest state of every subject. */
@ApplicationScoped
public class FigureQueries {

    /** The cursor kind of figure lists. */
    public static final String CURSOR = "figures";
    /** The cursor kind of subject lists. */
    public static final String SUBJECT_CURSOR = "subjects";
    private static final String SELECT = "select f.article_id, a.published_at, a.published_offset, f.position,"
            + " f.subject, f.symbol, f.kind, f.change_percent, f.change_points, f.change_bp, f.level, f.currency,"
            + " f.direction, f.period, f.qualifier, f.sentence, f.start_offset, f.end_offset"
            + " from figure f join article a on a.id = f.article_id";
    private static final String SUBJECTS = """
            with seen as (
                select distinct on (lower(f.subject)) lower(f.subject) as k, f.subject, f.kind, f.symbol,
                       a.published_at, a.published_offset
                from figure f join article a on a.id = f.article_id
                order by lower(f.subject), a.published_at desc, f.article_id desc),
            levels as (
                select distinct on (lower(f.subject)) lower(f.subject) as k, f.level, a.published_at, a.published_offset
                from figure f join article a on a.id = f.article_id where f.level is not null
                order by lower(f.subject), a.published_at desc, f.article_id desc),
            moves as (
                select distinct on (lower(f.subject)) lower(f.subject) as k, f.change_percent, f.direction,
                       a.published_at, a.published_offset
                from figure f join article a on a.id = f.article_id where f.change_percent is not null
                order by lower(f.subject), a.published_at desc, f.article_id desc)
            select s.subject, s.kind, s.symbol, s.published_at, s.published_offset, l.level, l.published_at,
                   l.published_offset, m.change_percent, m.direction, m.published_at, m.published_offset, s.k
            from seen s left join levels l on l.k = s.k left join moves m on m.k = s.k
            where s.k collate "C" > ?1
            order by s.k collate "C" limit ?2""";

    private final EntityManager em;

    FigureQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of figures, oldest first, narrowed by subject, kind and publication time. */
    public Page<FigureView> list(String subject, Kind kind, Instant from, Instant to, int limit,
            Cursors.Position after) {
        WhereClause where = new WhereClause()
                .when(subject, "lower(f.subject) = lower(?)", subject)
                .when(kind, "f.kind = ?", kind == null ? null : kind.name())
                .when(from, "a.published_at >= ?", from)
                .when(to, "a.published_at < ?", to);
        if (after != null) {
            where.add("(a.published_at, f.article_id, f.position) > (?, ?, ?)", after.time(),
                    after.keys().get(0), Integer.parseInt(after.keys().get(1)));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.query(em, SELECT, "order by a.published_at, f.article_id, f.position limit "
                + (limit + 1)).getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        List<FigureView> items = new ArrayList<>(page.size());
        for (Object[] r : page) {
            items.add(new FigureView((String) r[0], Columns.at(r[1], r[2]), figure(r)));
        }
        Object[] last = more ? page.get(page.size() - 1) : null;
        return new Page<>(items, last == null ? null : Cursors.encode(CURSOR, Columns.instant(last[1]), last[0], last[3]));
    }

    /** One page of the subjects seen, by name ignoring case, after the subject named {@code after} (null: from the first). */
    public Page<SubjectView> subjects(int limit, String after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SUBJECTS).setParameter(1, after == null ? "" : after)
                .setParameter(2, limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        List<SubjectView> items = page.stream().map(r -> new SubjectView((String) r[0], lower((String) r[1]),
                (String) r[2], Columns.at(r[3], r[4]), Columns.number(r[5]), Columns.at(r[6], r[7]),
                Columns.number(r[8]), lower((String) r[9]), Columns.at(r[10], r[11]))).toList();
        return new Page<>(items, more ? Cursors.encode(SUBJECT_CURSOR, (String) page.get(limit - 1)[12]) : null);
    }

    private static MarketFigure figure(Object[] r) {
        return new MarketFigure((String) r[4], (String) r[5], Kind.valueOf((String) r[6]), Columns.number(r[7]),
                Columns.number(r[8]), Columns.number(r[9]), Columns.number(r[10]), (String) r[11],
                r[12] == null ? null : Direction.valueOf((String) r[12]),
                r[13] == null ? null : Period.valueOf((String) r[13]),
                r[14] == null ? null : Qualifier.valueOf((String) r[14]), (String) r[15], Columns.integer(r[16]),
                Columns.integer(r[17]));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }
}
