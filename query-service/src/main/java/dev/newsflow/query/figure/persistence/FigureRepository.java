package dev.newsflow.query.figure.persistence;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Direction;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.contracts.article.MarketFigure.Qualifier;
import dev.newsflow.query.figure.domain.FigureFilter;
import dev.newsflow.query.figure.domain.FigureView;
import dev.newsflow.query.figure.domain.SubjectView;
import dev.newsflow.query.paging.Position;
import dev.newsflow.query.paging.Slice;
import dev.newsflow.query.persistence.FigureStatements;
import dev.newsflow.query.persistence.Row;
import dev.newsflow.query.persistence.SubjectMatch;
import dev.newsflow.query.persistence.WhereClause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Locale;

/**
 * The figures of the read model in PostgreSQL: time series (oldest first, keyset-paged) and the latest state of every
 * subject.
 */
@ApplicationScoped
public class FigureRepository {

    private static final String FIGURES = "select f.article_id, a.published_at, a.published_offset, f.position,"
            + " f.subject, f.symbol, f.kind, f.change_percent, f.change_points, f.change_bp, f.level, f.currency,"
            + " f.direction, f.period, f.qualifier, f.sentence, f.start_offset, f.end_offset"
            + " from figure f join article a on a.id = f.article_id";
    /**
     * One page of subjects by key (lower case, "C" order): the keys are found one index probe each (a loose scan of
     * {@code figure_subject_latest}), then each key's latest figure, level and move are one probe of the same index;
     * the level and the move are the latest session's (a figure with a period, a week's move or an intraday high, is
     * not the instrument's latest state).
     */
    private static final String SUBJECTS = """
            with recursive keys as (
                (select lower(subject) collate "C" as k from figure
                 where lower(subject) collate "C" > ?1 order by 1 limit 1)
                union all
                select (select lower(f.subject) collate "C" from figure f
                        where lower(f.subject) collate "C" > keys.k order by 1 limit 1)
                from keys where keys.k is not null)
            select s.subject, s.kind, s.symbol, s.published_at as seen_at, s.published_offset as seen_offset,
                   l.level, l.published_at as level_at, l.published_offset as level_offset,
                   m.change_percent, m.direction, m.published_at as change_at, m.published_offset as change_offset,
                   page.k as sort_key
            from (select k from keys where k is not null limit ?2) page
            cross join lateral (
                select f.subject, f.kind, f.symbol, f.published_at, a.published_offset
                from figure f join article a on a.id = f.article_id
                where lower(f.subject) collate "C" = page.k
                order by f.published_at desc, f.article_id desc limit 1) s
            left join lateral (
                select f.level, f.published_at, a.published_offset
                from figure f join article a on a.id = f.article_id
                where lower(f.subject) collate "C" = page.k and f.level is not null and f.period is null
                order by f.published_at desc, f.article_id desc limit 1) l on true
            left join lateral (
                select f.change_percent, f.direction, f.published_at, a.published_offset
                from figure f join article a on a.id = f.article_id
                where lower(f.subject) collate "C" = page.k and f.change_percent is not null and f.period is null
                order by f.published_at desc, f.article_id desc limit 1) m on true
            order by page.k""";

    private final EntityManager em;

    FigureRepository(EntityManager em) {
        this.em = em;
    }

    /** One slice of the figures {@code filter} lets through, oldest first, after {@code after} (null for the first). */
    public Slice<FigureView> list(FigureFilter filter, int limit, Position after) {
        WhereClause where = new WhereClause().add(FigureStatements.firstStatement("f"))
                .when(filter.subject(), SubjectMatch.on("f"), SubjectMatch.parameters(filter.subject()))
                .when(filter.kind(), "f.kind = ?", filter.kind() == null ? null : filter.kind().name())
                .when(filter.from(), "a.published_at >= ?", filter.from())
                .when(filter.to(), "a.published_at < ?", filter.to());
        if (after != null) {
            where.add("(a.published_at, f.article_id, f.position) > (?, ?, ?)", after.time(), after.key(0),
                    Integer.parseInt(after.key(1)));
        }
        List<Row> rows = where.rows(em, FIGURES, "order by a.published_at, f.article_id, f.position limit "
                + (limit + 1));
        return Slice.of(rows, limit, FigureRepository::figureView, row -> new Position(row.instant("published_at"),
                List.of(row.text("article_id"), String.valueOf(row.integer("position")))));
    }

    /** One slice of the subjects seen, by name ignoring case, after {@code after} (null: from the first). */
    public Slice<SubjectView> subjects(int limit, Position after) {
        List<Row> rows = Row.all(em.createNativeQuery(SUBJECTS, Tuple.class)
                .setParameter(1, after == null ? "" : after.key(0)).setParameter(2, limit + 1));
        return Slice.of(rows, limit, FigureRepository::subjectView, row -> Position.ofKey(row.text("sort_key")));
    }

    private static FigureView figureView(Row row) {
        MarketFigure figure = new MarketFigure(row.text("subject"), row.text("symbol"),
                row.constant(Kind.class, "kind"), row.number("change_percent"), row.number("change_points"),
                row.number("change_bp"), row.number("level"), row.text("currency"),
                row.constant(Direction.class, "direction"), row.constant(Period.class, "period"),
                row.constant(Qualifier.class, "qualifier"), row.text("sentence"), row.integer("start_offset"),
                row.integer("end_offset"));
        return new FigureView(row.text("article_id"), row.at("published_at", "published_offset"), figure);
    }

    private static SubjectView subjectView(Row row) {
        return new SubjectView(row.text("subject"), lower(row.text("kind")), row.text("symbol"),
                row.at("seen_at", "seen_offset"), row.number("level"), row.at("level_at", "level_offset"),
                row.number("change_percent"), lower(row.text("direction")), row.at("change_at", "change_offset"));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
