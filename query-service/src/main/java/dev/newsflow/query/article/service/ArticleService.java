package dev.newsflow.query.article.service;

import dev.newsflow.query.article.domain.ArticleFilter;
import dev.newsflow.query.article.domain.ArticleSummary;
import dev.newsflow.query.article.domain.ArticleView;
import dev.newsflow.query.article.persistence.ArticleRepository;
import dev.newsflow.query.paging.Position;
import dev.newsflow.query.paging.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads the articles of the read model: one whole, or a filtered list of summaries, newest first. */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;

    ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The whole article {@code id}, if the read model has it. */
    @Transactional
    public Optional<ArticleView> get(String id) {
        return articles.findById(id).map(ArticleView::of);
    }

    /** One slice of the articles that {@code filter} lets through, after {@code after} (null for the first). */
    public Slice<ArticleSummary> list(ArticleFilter filter, int limit, Position after) {
        return articles.list(filter, limit, after);
    }
}
