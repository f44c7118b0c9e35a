package dev.newsflow.ingest.bucket;

import dev.newsflow.contracts.article.ArticleRejected;
import dev.newsflow.ingest.post.domain.PostArchive;

/**
 * Where posts are kept, by key relative to {@code incoming/}: a folder or an S3 bucket with the same layout
 * ({@code incoming/}, {@code processed/}, {@code rejected/} with an {@code .error.json} report per rejected post).
 */
public interface Bucket extends PostArchive {

    /** Suffix of the report kept beside a rejected post. */
    String ERROR_SUFFIX = ".error.json";

    /** Checks that the bucket can be reached now; a {@link BucketException} says why not. */
    void probe();

    /** Moves a published post from {@code incoming/} to the same key under {@code processed/}. */
    void markProcessed(String key);

    /** Moves a rejected post from {@code incoming/} to {@code rejected/} and keeps its report beside it. */
    void quarantine(String key, ArticleRejected report);
}
