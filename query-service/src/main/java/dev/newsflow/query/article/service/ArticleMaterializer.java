package dev.newsflow.query.article.service;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.query.article.domain.ArticleChange;
import dev.newsflow.query.article.domain.Retraction;
import dev.newsflow.query.article.domain.RetractionNotice;
import dev.newsflow.query.article.domain.ServedContent;
import dev.newsflow.query.article.domain.ServedVersion;
import dev.newsflow.query.article.domain.StoredRevision;
import dev.newsflow.query.article.persistence.ArticleRepository;
import dev.newsflow.query.article.persistence.RetractionRepository;
import dev.newsflow.query.article.persistence.RevisionRepository;
import dev.newsflow.query.article.service.ArticleHistory.Result;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a batch of changes in one transaction, as upserts keyed by article id (see {@link ArticleHistory} for the
 * rules): the same revision again changes nothing, an older one never replaces a newer one, every revision stored is
 * kept with its figure changes, and a retraction deletes the article's rows and keeps when, why and which revision.
 */
@ApplicationScoped
public class ArticleMaterializer {

    private final ArticleRepository articles;
    private final RetractionRepository retractions;
    private final RevisionRepository revisions;
    private final Clock clock;
    private final MeterRegistry registry;

    ArticleMaterializer(ArticleRepository articles, RetractionRepository retractions, RevisionRepository revisions,
            Clock clock, MeterRegistry registry) {
        this.articles = articles;
        this.retractions = retractions;
        this.revisions = revisions;
        this.clock = clock;
        this.registry = registry;
    }

    /** What a batch did, in changes. */
    public record Outcome(int inserted, int updated, int unchanged, int stale, int retracted) {
    }

    /** Applies {@code changes} in order. */
    @Transactional
    public Outcome apply(List<ArticleChange> changes) {
        Map<String, List<ArticleChange>> byId = ArticleChange.byId(changes);
        Map<String, ServedVersion> served = articles.versions(byId.keySet());
        Map<String, Retraction> withdrawn = retractions.findByIds(byId.keySet());
        Set<String> known = new HashSet<>(served.keySet());
        known.addAll(withdrawn.keySet());
        Map<String, List<MarketFigure>> kept = revisions.latestFigures(known);
        Instant now = clock.instant();
        Map<Result, Integer> results = new EnumMap<>(Result.class);
        List<StoredRevision> stored = new ArrayList<>();
        List<ServedContent> inserted = new ArrayList<>();
        List<ServedContent> replaced = new ArrayList<>();
        List<String> retracted = new ArrayList<>();
        byId.forEach((id, ofId) -> {
            ArticleHistory history = new ArticleHistory(served.get(id), withdrawn.get(id), kept.get(id));
            ofId.forEach(change -> results.merge(history.apply(change, now), 1, Integer::sum));
            stored.addAll(history.revisions());
            if (history.content() != null) {
                ServedContent content = new ServedContent(history.content(), history.revision());
                (served.containsKey(id) ? replaced : inserted).add(content);
                if (withdrawn.get(id) != null) {
                    retractions.delete(withdrawn.get(id));
                }
            } else if (history.retraction() != null) {
                if (served.containsKey(id)) {
                    retracted.add(id);
                }
                withdraw(withdrawn.get(id), history.retraction(), now);
            }
        });
        revisions.insert(stored);
        articles.write(inserted, replaced, retracted, now);
        Outcome outcome = new Outcome(count(results, Result.INSERTED), count(results, Result.UPDATED),
                count(results, Result.UNCHANGED), count(results, Result.STALE), count(results, Result.RETRACTED));
        for (Result result : Result.values()) {
            registry.counter("newsflow.query.articles.materialized", "outcome",
                    result.name().toLowerCase(Locale.ROOT)).increment(count(results, result));
        }
        return outcome;
    }

    private void withdraw(Retraction retraction, RetractionNotice notice, Instant now) {
        Retraction kept = retraction == null ? new Retraction() : retraction;
        kept.articleId = notice.id();
        kept.revision = notice.revision();
        kept.retractedAt = notice.retractedAt();
        kept.reason = notice.reason();
        kept.storedAt = now;
        if (retraction == null) {
            retractions.persist(kept);
        }
    }

    private static int count(Map<Result, Integer> results, Result result) {
        return results.getOrDefault(result, 0);
    }
}
