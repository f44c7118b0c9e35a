package dev.newsflow.query.article.persistence;

import dev.newsflow.query.article.domain.Retraction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The retracted articles of the read model in PostgreSQL, by article id. */
@ApplicationScoped
public class RetractionRepository {

    private static final String BY_IDS = "select * from article_retraction where article_id = any(:ids)";

    /** The retraction of article {@code id}, if it is retracted. */
    public Optional<Retraction> findById(String id) {
        return Retraction.findByIdOptional(id);
    }

    /**
     * The retractions of the articles among {@code ids} that are retracted, by id: one query with one array
     * parameter, where an {@code in} list would bind (and plan) one parameter per id.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Retraction> findByIds(Collection<String> ids) {
        List<Retraction> found = Retraction.getEntityManager().createNativeQuery(BY_IDS, Retraction.class)
                .setParameter("ids", ids.toArray(String[]::new)).getResultList();
        return found.stream().collect(Collectors.toMap(r -> r.articleId, Function.identity()));
    }

    /** Stores a new retraction. */
    public void persist(Retraction retraction) {
        retraction.persist();
    }

    /** Deletes a retraction (the article is back). */
    public void delete(Retraction retraction) {
        retraction.delete();
    }
}
