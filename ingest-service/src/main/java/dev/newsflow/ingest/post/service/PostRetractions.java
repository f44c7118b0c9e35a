package dev.newsflow.ingest.post.service;

import dev.newsflow.contracts.article.ArticleRetracted;
import dev.newsflow.ingest.post.domain.IdClaim;
import dev.newsflow.ingest.post.domain.RetractionOutcome;
import dev.newsflow.ingest.post.messaging.ArticlePublisher;
import dev.newsflow.platform.messaging.EventSizeLimit;
import dev.newsflow.platform.messaging.EventTooLargeException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Retracts articles: publishes an {@link ArticleRetracted} of the current revision on {@code articles.ingested} and
 * records the retraction in the id's state, so that the next drop of the post, even unchanged, is a new revision. The
 * post's file stays where it is (under {@code processed/}): a retraction is a state of the article, not of the file.
 */
@ApplicationScoped
public class PostRetractions {

    /** The reason given when the writer gave none. */
    public static final String DEFAULT_REASON = "retracted by its writer";
    /** The longest reason taken, in characters. */
    public static final int MAX_REASON = 1_000;

    private final ArticleIdClaims ids;
    private final ArticleRevisions revisions;
    private final ArticlePublisher publisher;
    private final EventSizeLimit eventSize;
    private final Clock clock;

    PostRetractions(ArticleIdClaims ids, ArticleRevisions revisions, ArticlePublisher publisher,
            EventSizeLimit eventSize, Clock clock) {
        this.ids = ids;
        this.revisions = revisions;
        this.publisher = publisher;
        this.eventSize = eventSize;
        this.clock = clock;
    }

    /**
     * Retracts the article {@code id} for {@code reason} (blank: {@link #DEFAULT_REASON}); completes once Kafka
     * acknowledged the event and the retraction was recorded, or with why it was refused; fails when Kafka could not
     * be read or written.
     */
    public CompletableFuture<RetractionOutcome> retract(String id, String reason) {
        String why = reason == null || reason.isBlank() ? DEFAULT_REASON : reason.strip();
        return revisions.inTurn(id, () -> ids.held(id).thenCompose(held -> held.isEmpty()
                ? CompletableFuture.completedFuture(new RetractionOutcome.Unknown("no post holds the id " + id))
                : retractHeld(id, held.get(), why)));
    }

    private CompletableFuture<RetractionOutcome> retractHeld(String id, IdClaim held, String reason) {
        if (held.withdrawn()) {
            return CompletableFuture.completedFuture(new RetractionOutcome.AlreadyRetracted("the article " + id
                    + " is already retracted (revision " + held.currentRevision() + "); drop " + held.bucketKey()
                    + " again to bring it back"));
        }
        ArticleRetracted retraction = new ArticleRetracted(id, held.bucketKey(), held.currentRevision(),
                clock.instant(), reason);
        byte[] value;
        try {
            value = eventSize.write("the retraction's event", retraction);
        } catch (EventTooLargeException e) {
            return CompletableFuture.failedFuture(new IllegalStateException(e.getMessage(), e));
        }
        return publisher.publish(retraction, value).thenCompose(written -> {
            Log.infof("Retracted %s revision %d of %s at %s: %s", id, retraction.revision(), held.bucketKey(),
                    PostIngestor.where(written), reason);
            return revisions.retracted(id);
        }).thenApply(recorded -> new RetractionOutcome.Retracted(retraction));
    }
}
