package dev.newsflow.ingest.post.domain;

import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.ArticleRejected;

/** What became of a post once Kafka acknowledged its event: published as an article, or rejected with a reason. */
public sealed interface IngestOutcome {

    /** The post was parsed and its {@link ArticleIngested} event acknowledged. */
    record Published(ArticleIngested article) implements IngestOutcome {
    }

    /**
     * The post was bad and its {@link ArticleRejected} event acknowledged; {@code idTaken} when it was rejected because
     * its id is held by another bucket key.
     */
    record Rejected(ArticleRejected rejection, boolean idTaken) implements IngestOutcome {
    }
}
