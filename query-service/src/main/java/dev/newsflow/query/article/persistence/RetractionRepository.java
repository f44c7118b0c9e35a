package dev.newsflow.query.article.persistence;

import dev.newsflow.query.article.domain.Retraction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The retracted articles of the read model in PostgreSQL, by article id. */
@ApplicationScoped
public class RetractionRepository {

    /** The retraction of article {@code id}, if it is retracted. */
    public Optional<Retraction> findById(String id) {
        return Retraction.findByIdOptional(id);
    }

    /** The retractions of the articles among {@code ids} that are retracted, by id. */
    public Map<String, Retraction> findByIds(Collection<String> ids) {
        return Retraction.<Retraction>list("articleId in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.articleId, Function.identity()));
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
