package dev.newsflow.ingest.bucket;

import dev.newsflow.contracts.article.ArticleRejected;

/**
 * Where posts are kept, by key relative to {@code incoming/}: a folder or an S3 bucket with the same layout
 * ({@code incoming/}, {@code processed/}, {@code rejected/} with an {@code .error.json} report per rejected post).
 */
public interface Bucket {

    /** Suffix of the report kept beside a rejected post. */
    String ERROR_SUFFIX = ".error.json";

    /** Checks that the bucket can be reached now; a {@link BucketException} says why not. */
    void probe();

    /** Moves a published post from {@code incoming/} to the same key under {@code processed/}. */
    void markProcessed(String key);

    /** Moves a rejected post from {@code incoming/} to {@code rejected/} and keeps its report beside it. */
    void quarantine(String key, ArticleRejected report);

    /** Keeps a post received over HTTP and published, under {@code processed/}. */
    void storeProcessed(String key, byte[] content);

    /** Keeps a rejected post received over HTTP under {@code rejected/}, with its report beside it. */
    void storeRejected(String key, byte[] content, ArticleRejected report);
}
