package dev.newsflow.ingest.post.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which bucket key holds each article id, built by applying the id-claim log in order: the first claim of an id
 * holds it (until a tombstone frees it); a later claim by another key changes nothing. A later record of the holder's
 * own key that carries a revision at least as high as the held one updates the article's state (revision, content
 * hash, retraction); one without, or with a lower revision, changes nothing. Claims are applied by one thread and
 * looked up by any.
 *
 * <p>The log is compacted, which keeps only the last record of each id. So that compaction cannot leave a losing
 * claim, or an outdated state, in place of the holder's current one, every id whose last record names another key
 * than its holder or says less than the held state is kept for a repair: its holder's claim written again, so that the
 * last record is the holder's current one.
 */
public final class IdHolders {

    private final Map<String, IdClaim> holders = new ConcurrentHashMap<>();
    private final Map<String, IdClaim> toRepair = new HashMap<>();

    /** Applies the next record of the log: {@code claim} of {@code id}, or a tombstone when {@code claim} is null. */
    public void apply(String id, IdClaim claim) {
        if (claim == null) {
            holders.remove(id);
            toRepair.remove(id);
            return;
        }
        IdClaim holder = holders.get(id);
        if (holder == null) {
            holders.put(id, claim);
            toRepair.remove(id);
        } else if (!holder.bucketKey().equals(claim.bucketKey())) {
            toRepair.put(id, holder);
        } else {
            IdClaim held = claim.supersedes(holder) ? claim : holder;
            holders.put(id, held);
            if (held.sameState(claim)) {
                toRepair.remove(id);
            } else {
                toRepair.put(id, held);
            }
        }
    }

    /** The bucket key that holds {@code id}, if any. */
    public Optional<String> holder(String id) {
        return Optional.ofNullable(holders.get(id)).map(IdClaim::bucketKey);
    }

    /** The ids whose last record names another key than their holder, with the holder's claim; forgets them. */
    public Map<String, IdClaim> takeRepairs() {
        Map<String, IdClaim> repairs = Map.copyOf(toRepair);
        toRepair.clear();
        return repairs;
    }

    /** The claim that holds {@code id}, with the article's state, if any. */
    public Optional<IdClaim> claim(String id) {
        return Optional.ofNullable(holders.get(id));
    }

    /** Every claim held now, by id. */
    public Map<String, IdClaim> all() {
        return Map.copyOf(holders);
    }

    /** How many ids are held. */
    public int size() {
        return holders.size();
    }

    /** Forgets every claim, as before the first record of the log. */
    public void clear() {
        holders.clear();
        toRepair.clear();
    }
}
