package dev.newsflow.query.article.domain;

import dev.newsflow.contracts.article.ArticleEnriched;
import java.util.List;
import java.util.Map;

/**
 * Copies the fields of an enriched event into an {@link Article}; its rows of tldr, sources, checks and figures are
 * written by {@code ArticleRows}.
 */
public final class ArticleContent {

    private ArticleContent() {
    }

    /** Writes every single-valued field of {@code event} into {@code article}. */
    public static void copy(ArticleEnriched event, Article article) {
        article.id = event.id();
        article.contentHash = event.contentHash();
        article.bucketKey = event.bucketKey();
        article.ingestedAt = event.ingestedAt();
        article.enrichedAt = event.enrichedAt();
        article.title = event.title();
        article.category = event.category();
        article.layout = event.layout();
        article.publishedAt = event.publishedAt().toInstant();
        article.publishedOffset = event.publishedAt().getOffset().getId();
        article.sourceUrl = event.sourceUrl();
        article.sentimentScore = event.sentimentScore();
        article.sentimentLabel = event.sentimentLabel();
        article.headline = event.headline();
        article.body = event.body();
        article.extra = event.extra() == null ? Map.of() : event.extra();
        List<String> tldr = event.tldr() == null ? List.of() : event.tldr();
        article.tldrText = String.join("\n", tldr);
        article.figureCount = event.figures() == null ? 0 : event.figures().size();
    }
}
