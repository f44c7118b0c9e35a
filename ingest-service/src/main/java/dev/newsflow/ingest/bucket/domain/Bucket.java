package dev.newsflow.ingest.bucket.domain;

import dev.newsflow.contracts.article.ArticleRejected;
import dev.newsflow.ingest.post.domain.PostArchive;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The port to where posts are kept, by key relative to {@code incoming/}: a folder or an S3 bucket with the same layout
 * ({@code incoming/}, {@code processed/}, {@code rejected/} with an {@code .error.json} report per rejected post).
 */
public interface Bucket extends PostArchive {

    /** Suffix of the report kept beside a rejected post. */
    String ERROR_SUFFIX = ".error.json";

    /** Checks that the bucket can be reached now; a {@link BucketException} says why not. */
    void probe();

    /** Every entry of {@code incoming/} that may be a post (ignored names left out). */
    List<BucketEntry> listIncoming();

    /** Reads at most {@code limit} bytes of the post at {@code key} in {@code incoming/}; empty when it is gone. */
    Optional<byte[]> read(String key, int limit);

    /** Opens the post at {@code key} in {@code incoming/}, whatever its size; the caller closes it. */
    InputStream open(String key);

    /** Moves a published post from {@code incoming/} to the same key under {@code processed/}. */
    void markProcessed(String key);

    /** Moves a rejected post from {@code incoming/} to {@code rejected/} and keeps its report beside it. */
    void quarantine(String key, ArticleRejected report);

    /**
     * Moves the rejected post at {@code key} (relative to {@code rejected/}) back to the same key under
     * {@code incoming/}, its report deleted first, so it is read again; nothing moves unless the answer is
     * {@link Requeue#MOVED}.
     */
    Requeue requeue(String key);
}
