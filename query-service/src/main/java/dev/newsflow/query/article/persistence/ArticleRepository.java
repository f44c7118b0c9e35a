package dev.newsflow.query.article.persistence;

import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.query.article.domain.Article;
import dev.newsflow.query.article.domain.ArticleFilter;
import dev.newsflow.query.article.domain.ArticleSummary;
import dev.newsflow.query.article.domain.ServedRevision;
import dev.newsflow.query.paging.Position;
import dev.newsflow.query.paging.Slice;
import dev.newsflow.query.persistence.Row;
import dev.newsflow.query.persistence.SubjectMatch;
import dev.newsflow.query.persistence.WhereClause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The articles of the read model in PostgreSQL: entities by id, the rows each article owns, and the filtered list of
 * summaries, newest first with keyset paging.
 */
@ApplicationScoped
public class ArticleRepository {

    private static final String SUMMARIES = "select a.id, a.title, a.category, a.published_at, a.published_offset,"
            + " a.sentiment_label, a.sentiment_score, a.figure_count, array(select t.text from article_tldr t"
            + " where t.article_id = a.id order by t.position) as tldr, a.first_seen_at, a.updated_at from article a";

    private static final String SERVED = "select revision, 0 as retracted from article where id = :id"
            + " union all select revision, 1 from article_retraction where article_id = :id";

    private final EntityManager em;

    ArticleRepository(EntityManager em) {
        this.em = em;
    }

    /** The article {@code id}, if the read model has it. */
    public Optional<Article> findById(String id) {
        return Article.findByIdOptional(id);
    }

    /** The articles among {@code ids} that the read model has, by id. */
    public Map<String, Article> findByIds(Collection<String> ids) {
        return Article.<Article>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    /** Stores a new article (its single-valued fields; its owned rows are written by {@link #writeOwnedRows}). */
    public void persist(Article article) {
        article.persist();
    }

    /** Deletes a retracted article with the rows it owns. */
    public void delete(Article article) {
        article.delete();
    }

    /** The revision of article {@code id} served now, or retracted last; empty when the read model has neither. */
    public Optional<ServedRevision> served(String id) {
        return Row.all(em.createNativeQuery(SERVED, Tuple.class).setParameter("id", id)).stream().findFirst()
                .map(row -> new ServedRevision(row.integer("revision"), row.integer("retracted") == 1));
    }

    /**
     * Writes the pending entity changes, then replaces the owned rows (tldr, sources, checks, figures) of the
     * articles {@code replaced} and inserts those of {@code written}, in the current transaction.
     */
    public void writeOwnedRows(Collection<String> replaced, List<ArticleEnriched> written) {
        Article.flush();
        Article.getSession().doWork(connection -> {
            ArticleRows.delete(connection, replaced);
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

    private static ArticleSummary summary(Row row) {
        return new ArticleSummary(row.text("id"), row.text("title"), row.text("category"),
                row.at("published_at", "published_offset"), row.text("sentiment_label"),
                row.number("sentiment_score"), row.texts("tldr"), row.integer("figure_count"),
                row.instant("first_seen_at"), row.instant("updated_at"));
    }
}
