package dev.newsflow.ingest.post.domain;

import dev.newsflow.contracts.article.ArticleRetracted;

/** What became of a request to retract an article: retracted, or refused because of the id's state. */
public sealed interface RetractionOutcome {

    /** The article's {@link ArticleRetracted} event was acknowledged and the retraction recorded. */
    record Retracted(ArticleRetracted retraction) implements RetractionOutcome {
    }

    /** No bucket key holds the id: there is no such article. */
    record Unknown(String detail) implements RetractionOutcome {
    }

    /** The article's current revision is retracted already. */
    record AlreadyRetracted(String detail) implements RetractionOutcome {
    }
}
