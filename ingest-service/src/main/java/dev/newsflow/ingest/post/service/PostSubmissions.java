package dev.newsflow.ingest.post.service;

import dev.newsflow.contracts.article.Via;
import dev.newsflow.ingest.post.domain.IngestOutcome;
import dev.newsflow.ingest.post.domain.PostArchive;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Takes a post submitted over HTTP as if dropped into {@code incoming/}: publishes it, then keeps it with its outcome.
 */
@ApplicationScoped
public class PostSubmissions {

    private final PostIngestor ingestor;
    private final PostArchive archive;

    PostSubmissions(PostIngestor ingestor, PostArchive archive) {
        this.ingestor = ingestor;
        this.archive = archive;
    }

    /**
     * Publishes the post {@code content} named {@code key} and, once Kafka acknowledged it, keeps it under
     * {@code processed/} or {@code rejected/} (off the event loop); fails with {@link PostNotPublishedException} when
     * Kafka did not acknowledge it, and with the archive's own failure when it could not be kept.
     */
    public Uni<IngestOutcome> submit(String key, byte[] content) {
        return Uni.createFrom().completionStage(() -> ingestor.ingest(key, content, Via.HTTP))
                .onFailure().transform(PostNotPublishedException::new)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .invoke(outcome -> keep(key, content, outcome));
    }

    private void keep(String key, byte[] content, IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Rejected rejected) {
            archive.storeRejected(key, content, rejected.rejection());
        } else {
            archive.storeProcessed(key, content);
        }
    }
}
