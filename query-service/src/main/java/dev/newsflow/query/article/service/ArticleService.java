package dev.newsflow.query.article.service;

import dev.newsflow.query.article.domain.ArticleFilter;
import dev.newsflow.query.article.domain.ArticleSummary;
import dev.newsflow.query.article.domain.ArticleView;
import dev.newsflow.query.article.domain.RetractionView;
import dev.newsflow.query.article.domain.ServedRevision;
import dev.newsflow.query.article.persistence.ArticleRepository;
import dev.newsflow.query.article.persistence.RetractionRepository;
import dev.newsflow.query.paging.Position;
import dev.newsflow.query.paging.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Reads the articles of the read model: one whole, which revision is served or retracted, or a filtered list of
 * summaries, newest first.
 */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;
    private final RetractionRepository retractions;

    ArticleService(ArticleRepository articles, RetractionRepository retractions) {
        this.articles = articles;
        this.retractions = retractions;
    }

    /** The whole article {@code id}, if the read model serves it (a retracted article it does not). */
    @Transactional
    public Optional<ArticleView> get(String id) {
        return articles.findById(id).map(ArticleView::of);
    }

    /** The revision of article {@code id} served now, or retracted last; empty when the read model has neither. */
    @Transactional
    public Optional<ServedRevision> served(String id) {
        return articles.served(id);
    }

    /** The retraction of article {@code id}, if it is retracted. */
    @Transactional
    public Optional<RetractionView> retraction(String id) {
        return retractions.findById(id).map(RetractionView::of);
    }

    /** One slice of the articles that {@code filter} lets through, after {@code after} (null for the first). */
    public Slice<ArticleSummary> list(ArticleFilter filter, int limit, Position after) {
        return articles.list(filter, limit, after);
    }
}
