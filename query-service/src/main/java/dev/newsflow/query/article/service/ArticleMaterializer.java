package dev.newsflow.query.article.service;

import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.query.article.domain.Article;
import dev.newsflow.query.article.domain.ArticleContent;
import dev.newsflow.query.article.persistence.ArticleRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch of enriched articles in one transaction, as upserts keyed by article id: the same content again
 * changes nothing, an older version never replaces a newer one, and changed content raises the revision.
 */
@ApplicationScoped
public class ArticleMaterializer {

    private final ArticleRepository articles;
    private final Clock clock;
    private final MeterRegistry registry;

    ArticleMaterializer(ArticleRepository articles, Clock clock, MeterRegistry registry) {
        this.articles = articles;
        this.clock = clock;
        this.registry = registry;
    }

    /** What a batch did. */
    public record Outcome(int inserted, int updated, int unchanged, int stale) {
    }

    /** Applies {@code events} in order; a key that appears twice keeps its last event. */
    @Transactional
    public Outcome apply(List<ArticleEnriched> events) {
        Map<String, ArticleEnriched> latest = new LinkedHashMap<>();
        events.forEach(event -> latest.put(event.id(), event));
        Map<String, Article> existing = articles.findByIds(latest.keySet());
        Instant now = clock.instant();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int stale = 0;
        List<ArticleEnriched> written = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        for (ArticleEnriched event : latest.values()) {
            Article article = existing.get(event.id());
            if (article == null) {
                article = new Article();
                ArticleContent.copy(event, article);
                article.revision = 1;
                article.firstSeenAt = now;
                article.updatedAt = now;
                articles.persist(article);
                written.add(event);
                inserted++;
            } else if (article.contentHash.equals(event.contentHash())) {
                unchanged++;
            } else if (event.ingestedAt().isBefore(article.ingestedAt)) {
                stale++;
            } else {
                ArticleContent.copy(event, article);
                article.revision++;
                article.updatedAt = now;
                written.add(event);
                replaced.add(event.id());
                updated++;
            }
        }
        articles.writeOwnedRows(replaced, written);
        count("inserted", inserted);
        count("updated", updated);
        count("unchanged", unchanged);
        count("stale", stale);
        return new Outcome(inserted, updated, unchanged, stale);
    }

    private void count(String outcome, int articles) {
        registry.counter("newsflow.query.articles.materialized", "outcome", outcome).increment(articles);
    }
}
