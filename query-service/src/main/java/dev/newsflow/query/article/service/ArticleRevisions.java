package dev.newsflow.query.article.service;

import dev.newsflow.query.article.domain.RevisionSummary;
import dev.newsflow.query.article.domain.RevisionView;
import dev.newsflow.query.article.persistence.ArticleRepository;
import dev.newsflow.query.article.persistence.RevisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the kept revisions of an article, served or retracted. */
@ApplicationScoped
public class ArticleRevisions {

    private final RevisionRepository revisions;
    private final ArticleRepository articles;

    ArticleRevisions(RevisionRepository revisions, ArticleRepository articles) {
        this.revisions = revisions;
        this.articles = articles;
    }

    /** The kept revisions of article {@code id}, newest first; empty when the read model does not know the id. */
    @Transactional
    public Optional<List<RevisionSummary>> list(String id) {
        List<RevisionSummary> kept = revisions.list(id);
        return kept.isEmpty() && articles.served(id).isEmpty() ? Optional.empty() : Optional.of(kept);
    }

    /** Revision {@code revision} of article {@code id} whole, with its figure changes, if it is kept. */
    @Transactional
    public Optional<RevisionView> find(String id, int revision) {
        return revisions.find(id, revision);
    }
}
