package dev.newsflow.query.article.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.query.article.domain.ArticleView;
import dev.newsflow.query.article.domain.RevisionSummary;
import dev.newsflow.query.article.domain.RevisionView;
import dev.newsflow.query.article.domain.StoredRevision;
import dev.newsflow.query.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The kept revisions of the articles in PostgreSQL: each revision's event whole (jsonb) and its figure changes;
 * written with one JDBC batch per transaction, each revision once ({@code on conflict do nothing}).
 */
@ApplicationScoped
public class RevisionRepository {

    private static final TypeReference<List<MarketFigure>> FIGURES = new TypeReference<>() {
    };
    private static final String INSERT = "insert into article_revision (article_id, revision, content_hash,"
            + " ingested_at, enriched_at, title, event, figures_added, figures_dropped, stored_at)"
            + " values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?) on conflict do nothing";
    private static final String LATEST_FIGURES = "select distinct on (article_id) article_id,"
            + " (event -> 'figures')::text as figures from article_revision where article_id in (:ids)"
            + " order by article_id, revision desc";
    private static final String LIST = "select revision, content_hash, ingested_at, enriched_at, title,"
            + " jsonb_array_length(figures_added) as added, jsonb_array_length(figures_dropped) as dropped, stored_at"
            + " from article_revision where article_id = :id order by revision desc";
    private static final String ONE = "select revision, event::text as event, figures_added::text as added,"
            + " figures_dropped::text as dropped, stored_at, (select min(f.stored_at) from article_revision f"
            + " where f.article_id = r.article_id) as first_stored_at from article_revision r"
            + " where article_id = :id and revision = :revision";

    private final EntityManager em;
    private final ObjectMapper json;

    RevisionRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json.copy().disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** The figures of the latest kept revision of each of {@code ids} that has one. */
    public Map<String, List<MarketFigure>> latestFigures(Collection<String> ids) {
        Map<String, List<MarketFigure>> figures = new HashMap<>();
        if (!ids.isEmpty()) {
            Row.all(em.createNativeQuery(LATEST_FIGURES, Tuple.class).setParameter("ids", ids)).forEach(row ->
                    figures.put(row.text("article_id"), read(row.text("figures"), FIGURES)));
        }
        return figures;
    }

    /** Keeps {@code revisions} (a revision kept already stays as it is), in the current transaction. */
    public void insert(List<StoredRevision> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (StoredRevision r : revisions) {
                    ArticleEnriched e = r.event();
                    ArticleRows.bind(insert, e.id(), r.revision(), e.contentHash(), e.ingestedAt(), e.enrichedAt(),
                            e.title(), r.json(), write(r.figures().added()), write(r.figures().dropped()),
                            r.storedAt());
                }
                insert.executeBatch();
            }
        });
    }

    /** The kept revisions of article {@code id}, newest first (empty when it has none). */
    public List<RevisionSummary> list(String id) {
        return Row.all(em.createNativeQuery(LIST, Tuple.class).setParameter("id", id)).stream()
                .map(row -> new RevisionSummary(row.integer("revision"), row.text("content_hash"),
                        row.instant("ingested_at"), row.instant("enriched_at"), row.text("title"),
                        row.integer("added"), row.integer("dropped"), row.instant("stored_at")))
                .toList();
    }

    /** Revision {@code revision} of article {@code id} whole, if it is kept. */
    public Optional<RevisionView> find(String id, int revision) {
        return Row.all(em.createNativeQuery(ONE, Tuple.class).setParameter("id", id).setParameter("revision",
                revision)).stream().findFirst().map(row -> new RevisionView(
                        ArticleView.of(read(row.text("event"), ArticleEnriched.class), row.integer("revision"),
                                row.instant("first_stored_at"), row.instant("stored_at")),
                        read(row.text("added"), FIGURES), read(row.text("dropped"), FIGURES)));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
