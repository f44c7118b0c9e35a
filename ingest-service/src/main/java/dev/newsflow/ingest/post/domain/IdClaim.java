package dev.newsflow.ingest.post.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * The value of a record of the id-claim topic (key: the article id): the bucket key that claims the id, and when;
 * also the article's current revision, its content hash and whether it is retracted: from the claim on (a claim of
 * a free id makes its content revision 1), or once the holder published content or retracted it. Records written
 * before revisions existed, and bare claims, have none of these (null), and stay readable.
 *
 * @param bucketKey   the claiming post's bucket key, e.g. {@code incoming/2026/gold.md}
 * @param claimedAt   when the claim was made
 * @param revision    the article's current revision, or null when none was recorded yet
 * @param contentHash the content hash of that revision, or null
 * @param retracted   true when that revision was retracted; null or false otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdClaim(String bucketKey, Instant claimedAt, Integer revision, String contentHash, Boolean retracted) {

    /** A bare claim, before the holder published anything. */
    public IdClaim(String bucketKey, Instant claimedAt) {
        this(bucketKey, claimedAt, null, null, null);
    }

    /**
     * The revision content hashing to {@code hash} becomes: 1 for the first, the same for identical content, one more
     * for changed content or for any content after a retraction.
     */
    public int nextRevision(String hash) {
        if (revision == null) {
            return 1;
        }
        return withdrawn() || !hash.equals(contentHash) ? revision + 1 : revision;
    }

    /** The revision a retraction withdraws: the current one, or 1 when none was recorded. */
    public int currentRevision() {
        return revision == null ? 1 : revision;
    }

    /** Whether the current revision is retracted. */
    public boolean withdrawn() {
        return Boolean.TRUE.equals(retracted);
    }

    /** This claim after the holder published {@code revisionNow} whose content hashes to {@code hash}. */
    public IdClaim withContent(int revisionNow, String hash) {
        return new IdClaim(bucketKey, claimedAt, revisionNow, hash, false);
    }

    /** This claim after the holder retracted its current revision. */
    public IdClaim withRetraction() {
        return new IdClaim(bucketKey, claimedAt, currentRevision(), contentHash, true);
    }

    /** Whether this record of the holder's key is at least as recent as {@code held}: it carries a revision as high. */
    public boolean supersedes(IdClaim held) {
        return revision != null && (held.revision == null || revision >= held.revision);
    }

    /** Whether this claim says the same of the article as {@code other}: revision, hash and retraction. */
    public boolean sameState(IdClaim other) {
        return Objects.equals(revision, other.revision) && Objects.equals(contentHash, other.contentHash)
                && withdrawn() == other.withdrawn();
    }
}
