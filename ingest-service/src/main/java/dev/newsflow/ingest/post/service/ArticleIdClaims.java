package dev.newsflow.ingest.post.service;

import dev.newsflow.ingest.post.domain.IdClaim;
import dev.newsflow.ingest.post.messaging.IdClaimIndex;
import dev.newsflow.ingest.post.messaging.IdClaimPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Decides which bucket key holds an article id, the same way on every replica and across restarts: a post claims
 * its id on the id-claim topic unless it is held already, and the first claim of an id in the topic holds it.
 */
@ApplicationScoped
public class ArticleIdClaims {

    private final IdClaimIndex claims;
    private final IdClaimPublisher publisher;
    private final Clock clock;
    private final Duration timeout;
    private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

    ArticleIdClaims(IdClaimIndex claims, IdClaimPublisher publisher, Clock clock, IdClaimConfig config) {
        this.claims = claims;
        this.publisher = publisher;
        this.clock = clock;
        this.timeout = config.claimTimeout();
    }

    /**
     * Claims {@code id} for the post at {@code bucketKey} whose content hashes to {@code contentHash} and completes
     * with the bucket key that holds the id once that is settled: {@code bucketKey} itself when the id was free or
     * held by it already, another key when that key claimed it first. A claim of a free id says at once that this
     * content is the article's revision 1, so that its publication needs no second record. Fails when the claim could
     * not be settled within the claim timeout.
     */
    public CompletableFuture<String> claim(String id, String bucketKey, String contentHash) {
        return settled(claims.loaded().thenCompose(loaded -> holderAfterClaim(id, bucketKey, contentHash)),
                "the id " + id + " could not be claimed: ");
    }

    /** The claim that holds {@code id}, with the article's revision state, once the topic was read; empty if none. */
    public CompletableFuture<Optional<IdClaim>> held(String id) {
        return settled(claims.loaded().thenApply(loaded -> claims.claim(id)),
                "the state of the id " + id + " could not be read: ");
    }

    /**
     * Writes {@code state}, the holder's claim of {@code id} with the article's new revision state, and completes
     * once it was read back, so that whatever follows counts from it; fails when that took over the claim timeout.
     */
    public CompletableFuture<Void> record(String id, IdClaim state) {
        return settled(writtenAndRead(id, state), "the revision of " + id + " could not be recorded: ");
    }

    private <T> CompletableFuture<T> settled(CompletableFuture<T> step, String failed) {
        return step.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(failure ->
                CompletableFuture.failedFuture(new IllegalStateException(failed
                        + claims.problem().orElse(reason(failure)), failure)));
    }

    private CompletableFuture<Void> writtenAndRead(String id, IdClaim claim) {
        return publisher.publish(id, claim)
                .thenCompose(written -> claims.readPast(written.partition(), written.offset()));
    }

    /** The holder of {@code id}; when it has none, after this replica's claim was written and read back. */
    private CompletableFuture<String> holderAfterClaim(String id, String bucketKey, String contentHash) {
        Optional<String> holder = claims.holder(id);
        if (holder.isPresent()) {
            return CompletableFuture.completedFuture(holder.get());
        }
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> running = pending.putIfAbsent(id, mine);
        if (running != null) {
            return running;
        }
        writtenAndRead(id, new IdClaim(bucketKey, clock.instant()).withContent(1, contentHash))
                .thenApply(read -> claims.holder(id).orElseThrow(() -> new IllegalStateException(
                        "the claim of the id " + id + " was withdrawn while it was made")))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((settled, failure) -> {
                    pending.remove(id, mine);
                    if (failure == null) {
                        mine.complete(settled);
                    } else {
                        mine.completeExceptionally(failure);
                    }
                });
        return mine;
    }

    private String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause instanceof TimeoutException ? "Kafka did not confirm the claim within " + timeout.toSeconds()
                + " s"
                : cause.getMessage();
    }
}
