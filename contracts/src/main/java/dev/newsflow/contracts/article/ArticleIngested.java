package dev.newsflow.contracts.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A post parsed from the bucket, published on {@code articles.ingested} with the article id as key.
 *
 * @param id            article id derived from the bucket key
 * @param contentHash   SHA-256 (hex) of the file's bytes
 * @param bucketKey     the object's key in the bucket when it was taken, e.g. {@code incoming/2026/us-rally.md}
 * @param ingestedAt    when ingest-service parsed the post
 * @param publishedAt   the post's {@code date}, normalized to UTC
 * @param headline      the first heading of the body, or null
 * @param body          the Markdown after the front matter
 * @param extra         front-matter keys that are not part of the contract, kept as they were
 * @param revision      which revision of the article this content is (1 for the first, one more for each change of
 *                      content or return after a retraction), assigned by ingest-service; null in older events
 * @param via           how the post arrived: {@link Via#BUCKET} or {@link Via#HTTP}; null in older events
 */
public record ArticleIngested(
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
        String via) {

    /** This article numbered as {@code number}, having arrived {@code how} (the bucket or HTTP). */
    public ArticleIngested withRevision(int number, String how) {
        return new ArticleIngested(id, contentHash, bucketKey, ingestedAt, title, category, layout, publishedAt,
                sourceUrl, sentimentScore, sentimentLabel, tldr, headline, body, sources, extra, number, how);
    }
}
