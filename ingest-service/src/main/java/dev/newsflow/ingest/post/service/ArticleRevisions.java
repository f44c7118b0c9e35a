package dev.newsflow.ingest.post.service;

import dev.newsflow.ingest.post.domain.IdClaim;
import dev.newsflow.ingest.post.messaging.IdClaimIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Numbers the revisions of each article from the state its holder's claim carries on the id-claim topic, so every
 * replica and every restart counts alike: the steps that read and change one id's state (a publication, a
 * retraction) run one after another on this replica, each recording its change before the next one reads.
 */
@ApplicationScoped
public class ArticleRevisions {

    private final IdClaimIndex index;
    private final ArticleIdClaims claims;
    private final Map<String, CompletableFuture<Void>> turns = new ConcurrentHashMap<>();

    ArticleRevisions(IdClaimIndex index, ArticleIdClaims claims) {
        this.index = index;
        this.claims = claims;
    }

    /** Runs {@code step} on {@code id} once every step on that id begun before it has finished, however it ended. */
    public <T> CompletableFuture<T> inTurn(String id, Supplier<CompletableFuture<T>> step) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<Void> before = turns.put(id, done);
        CompletableFuture<T> mine = (before == null ? CompletableFuture.<Void>completedFuture(null) : before)
                .thenCompose(ready -> step.get());
        mine.whenComplete((result, failure) -> {
            turns.remove(id, done);
            done.complete(null);
        });
        return mine;
    }

    /** The revision content hashing to {@code hash} becomes as the article {@code id} (see {@link IdClaim}). */
    public int next(String id, String hash) {
        return index.claim(id).map(held -> held.nextRevision(hash)).orElse(1);
    }

    /** Records that {@code id}'s holder published {@code revision} whose content hashes to {@code hash}. */
    public CompletableFuture<Void> published(String id, int revision, String hash) {
        return change(id, held -> held.withContent(revision, hash));
    }

    /** Records that {@code id}'s current revision was retracted. */
    public CompletableFuture<Void> retracted(String id) {
        return change(id, IdClaim::withRetraction);
    }

    private CompletableFuture<Void> change(String id, UnaryOperator<IdClaim> change) {
        IdClaim held = index.claim(id).orElse(null);
        if (held == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the id " + id
                    + " was freed while its revision was being recorded"));
        }
        IdClaim changed = change.apply(held);
        return changed.equals(held) ? CompletableFuture.completedFuture(null) : claims.record(id, changed);
    }
}
