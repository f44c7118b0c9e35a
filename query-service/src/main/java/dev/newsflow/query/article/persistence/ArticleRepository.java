package dev.newsflow.query.article.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.query.article.domain.Article;
import dev.newsflow.query.article.domain.ArticleFilter;
import dev.newsflow.query.article.domain.ArticleSummary;
import dev.newsflow.query.article.domain.ServedContent;
import dev.newsflow.query.article.domain.ServedRevision;
import dev.newsflow.query.article.domain.ServedVersion;
import dev.newsflow.query.paging.Position;
import dev.newsflow.query.paging.Slice;
import dev.newsflow.query.persistence.Row;
import dev.newsflow.query.persistence.SubjectMatch;
import dev.newsflow.query.persistence.WhereClause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The articles of the read model in PostgreSQL: the entity by id for reading, the rows of a batch (each article's row
 * and the rows it owns) written with plain JDBC batches, and the filtered list of summaries, newest first with keyset
 * paging.
 */
@ApplicationScoped
public class ArticleRepository {

    private static final String SUMMARIES = "select a.id, a.title, a.category, a.published_at, a.published_offset,"
            + " a.sentiment_label, a.sentiment_score, a.figure_count, array(select t.text from article_tldr t"
            + " where t.article_id = a.id order by t.position) as tldr, a.first_seen_at, a.updated_at from article a";

    private static final String SERVED = "select revision, 0 as retracted from article where id = :id"
            + " union all select revision, 1 from article_retraction where article_id = :id";

    private final EntityManager em;
    private final ArticleTableRows rows;

    ArticleRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.rows = new ArticleTableRows(json);
    }

    /** The article {@code id}, if the read model has it. */
    public Optional<Article> findById(String id) {
        return Article.findByIdOptional(id);
    }

    /** What the read model serves of the articles among {@code ids}, by id (one query). */
    public Map<String, ServedVersion> versions(Collection<String> ids) {
        return session().doReturningWork(connection -> rows.versions(connection, ids));
    }

    /** The revision of article {@code id} served now, or retracted last; empty when the read model has neither. */
    public Optional<ServedRevision> served(String id) {
        return Row.all(em.createNativeQuery(SERVED, Tuple.class).setParameter("id", id)).stream().findFirst()
                .map(row -> new ServedRevision(row.integer("revision"), row.integer("retracted") == 1));
    }

    /**
     * Writes the rows of a batch in the current transaction: deletes the articles {@code retracted} with the rows
     * they own, inserts the articles {@code inserted} and replaces the content of the articles {@code replaced} as
     * of {@code now}, each with its owned rows (tldr, sources, checks, figures).
     */
    public void write(List<ServedContent> inserted, List<ServedContent> replaced, Collection<String> retracted,
            Instant now) {
        session().doWork(connection -> {
            ArticleTableRows.delete(connection, retracted);
            List<String> replacedIds = replaced.stream().map(ServedContent::id).toList();
            ArticleRows.delete(connection, replacedIds);
            rows.insert(connection, inserted, now);
            rows.update(connection, replaced, now);
            List<ArticleEnriched> written = new ArrayList<>(inserted.size() + replaced.size());
            inserted.forEach(content -> written.add(content.event()));
            replaced.forEach(content -> written.add(content.event()));
            ArticleRows.insert(connection, written);
        });
    }

    /** One slice of article summaries after {@code after} (null for the first), newest first. */
    public Slice<ArticleSummary> list(ArticleFilter filter, int limit, Position after) {
        WhereClause where = new WhereClause()
                .when(filter.category(), "lower(a.category) = lower(?)", filter.category())
                .when(filter.from(), "a.published_at >= ?", filter.from())
                .when(filter.to(), "a.published_at < ?", filter.to())
                .when(filter.sentiment(), "lower(a.sentiment_label) = lower(?)", filter.sentiment())
                .when(filter.minScore(), "a.sentiment_score >= ?", filter.minScore())
                .when(filter.maxScore(), "a.sentiment_score <= ?", filter.maxScore())
                .when(filter.subject(), "exists (select 1 from figure f where f.article_id = a.id and "
                        + SubjectMatch.on("f") + ")", SubjectMatch.parameters(filter.subject()))
                .when(filter.q(), "a.search @@ websearch_to_tsquery('english', ?)", filter.q());
        if (after != null) {
            where.add("(a.published_at, a.id) < (?, ?)", after.time(), after.key(0));
        }
        List<Row> rows = where.rows(em, SUMMARIES, "order by a.published_at desc, a.id desc limit " + (limit + 1));
        return Slice.of(rows, limit, ArticleRepository::summary,
                row -> new Position(row.instant("published_at"), List.of(row.text("id"))));
    }

    private Session session() {
        return em.unwrap(Session.class);
    }

    private static ArticleSummary summary(Row row) {
        return new ArticleSummary(row.text("id"), row.text("title"), row.text("category"),
                row.at("published_at", "published_offset"), row.text("sentiment_label"),
                row.number("sentiment_score"), row.texts("tldr"), row.integer("figure_count"),
                row.instant("first_seen_at"), row.instant("updated_at"));
    }
}
