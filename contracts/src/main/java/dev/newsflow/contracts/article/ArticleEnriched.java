package dev.newsflow.contracts.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An ingested article with its checked sources and extracted market figures, published on {@code articles.enriched}
 * with the article id as key. Every field of {@link ArticleIngested} is carried unchanged. A retracted article's
 * record is a tombstone (no value) whose headers carry the {@link ArticleRetracted} event, see
 * {@link ArticleRetracted#HEADER}.
 */
public record ArticleEnriched(
        String id,
        String contentHash,
        String bucketKey,
        Instant ingestedAt,
        String title,
        String category,
        String layout,
        OffsetDateTime publishedAt,
        String sourceUrl,
        Double sentimentScore,
        String sentimentLabel,
        List<String> tldr,
        String headline,
        String body,
        List<SourceLink> sources,
        Map<String, Object> extra,
        Integer revision,
        String via,
        Instant enrichedAt,
        List<SourceCheck> sourceChecks,
        List<MarketFigure> figures) {

    /** {@code article} enriched at {@code enrichedAt} with its source checks and figures. */
    public static ArticleEnriched of(ArticleIngested article, Instant enrichedAt, List<SourceCheck> sourceChecks,
            List<MarketFigure> figures) {
        return new ArticleEnriched(article.id(), article.contentHash(), article.bucketKey(), article.ingestedAt(),
                article.title(), article.category(), article.layout(), article.publishedAt(), article.sourceUrl(),
                article.sentimentScore(), article.sentimentLabel(), article.tldr(), article.headline(), article.body(),
                article.sources(), article.extra(), article.revision(), article.via(), enrichedAt, sourceChecks,
                figures);
    }

    /** This article with {@code replacement} as its figures, everything else unchanged. */
    public ArticleEnriched withFigures(List<MarketFigure> replacement) {
        return new ArticleEnriched(id, contentHash, bucketKey, ingestedAt, title, category, layout, publishedAt,
                sourceUrl, sentimentScore, sentimentLabel, tldr, headline, body, sources, extra, revision, via,
                enrichedAt, sourceChecks, replacement);
    }

    /** This article numbered as {@code number}, everything else unchanged. */
    public ArticleEnriched withRevision(int number) {
        return new ArticleEnriched(id, contentHash, bucketKey, ingestedAt, title, category, layout, publishedAt,
                sourceUrl, sentimentScore, sentimentLabel, tldr, headline, body, sources, extra, number, via,
                enrichedAt, sourceChecks, figures);
    }
}
