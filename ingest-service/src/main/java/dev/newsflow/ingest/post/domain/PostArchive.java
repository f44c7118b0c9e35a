package dev.newsflow.ingest.post.domain;

import dev.newsflow.contracts.article.ArticleRejected;

/** Where a post received over HTTP is kept once its event is acknowledged, as a dropped post would be moved. */
public interface PostArchive {

    /** Keeps a post received over HTTP and published, under {@code processed/}. */
    void storeProcessed(String key, byte[] content);

    /** Keeps a rejected post received over HTTP under {@code rejected/}, with its report beside it. */
    void storeRejected(String key, byte[] content, ArticleRejected report);
}
