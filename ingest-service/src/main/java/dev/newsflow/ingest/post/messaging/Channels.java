package dev.newsflow.ingest.post.messaging;

/** Names of ingest-service's messaging channels, shared by the code and its tests. */
public final class Channels {

    public static final String ARTICLES_REJECTED = "articles-rejected";

    private Channels() {
    }
}
