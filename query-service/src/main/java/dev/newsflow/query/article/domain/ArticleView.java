package dev.newsflow.query.article.domain;

import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.SourceCheck;
import dev.newsflow.contracts.article.SourceLink;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole enriched article, with its revision and when the read model first saw and last changed it. */
public record ArticleView(String id, String contentHash, int revision, String bucketKey, Instant ingestedAt,
        Instant enrichedAt, String title, @Schema(nullable = true) String category,
        @Schema(nullable = true) String layout, OffsetDateTime publishedAt, @Schema(nullable = true) String sourceUrl,
        @Schema(nullable = true) Double sentimentScore, @Schema(nullable = true) String sentimentLabel,
        List<String> tldr, @Schema(nullable = true) String headline, String body, List<SourceLink> sources,
        Map<String, Object> extra, List<SourceCheck> sourceChecks, List<MarketFigure> figures, Instant firstSeenAt,
        Instant updatedAt) {

    /** The view of {@code a}. */
    public static ArticleView of(Article a) {
        return new ArticleView(a.id, a.contentHash, a.revision, a.bucketKey, a.ingestedAt, a.enrichedAt, a.title,
                a.category, a.layout, a.publishedAt.atOffset(ZoneOffset.of(a.publishedOffset)), a.sourceUrl,
                a.sentimentScore, a.sentimentLabel, List.copyOf(a.tldr),
                a.headline, a.body, a.sources.stream().map(s -> new SourceLink(s.title, s.url)).toList(), a.extra,
                a.sourceChecks.stream().map(c -> new SourceCheck(c.url, c.origin, c.verdict, c.reason, c.httpStatus,
                        c.finalUrl, c.pageTitle, c.canonicalUrl, c.host, c.checkedAt)).toList(),
                a.figures.stream().map(f -> new MarketFigure(f.subject, f.symbol, f.kind, f.changePercent,
                        f.changePoints, f.changeBp, f.level, f.currency, f.direction, f.period, f.qualifier,
                        f.sentence, f.start, f.end)).toList(), a.firstSeenAt, a.updatedAt);
    }

    /** The view of {@code e} kept as {@code revision}, the first kept at {@code firstSeenAt}, this at {@code at}. */
    public static ArticleView of(ArticleEnriched e, int revision, Instant firstSeenAt, Instant at) {
        return new ArticleView(e.id(), e.contentHash(), revision, e.bucketKey(), e.ingestedAt(), e.enrichedAt(),
                e.title(), e.category(), e.layout(), e.publishedAt(), e.sourceUrl(), e.sentimentScore(),
                e.sentimentLabel(), listOf(e.tldr()), e.headline(), e.body(), listOf(e.sources()),
                e.extra() == null ? Map.of() : e.extra(), listOf(e.sourceChecks()), listOf(e.figures()), firstSeenAt,
                at);
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values;
    }
}
