package dev.newsflow.query.post.persistence;

import dev.newsflow.query.persistence.Row;
import dev.newsflow.query.post.domain.MaterializedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Optional;

/** What the read model's {@code article} table holds of an article now, read when a story is asked for. */
@ApplicationScoped
public class MaterializedRepository {

    private static final String ARTICLE = "select id, revision, content_hash, updated_at from article where id = :id";

    private final EntityManager em;

    MaterializedRepository(EntityManager em) {
        this.em = em;
    }

    /** The article {@code id} as materialized, if it is. */
    public Optional<MaterializedArticle> find(String id) {
        return Row.all(em.createNativeQuery(ARTICLE, Tuple.class).setParameter("id", id)).stream()
                .map(row -> new MaterializedArticle(row.text("id"), row.integer("revision"), row.text("content_hash"),
                        row.instant("updated_at")))
                .findFirst();
    }
}
