package dev.newsflow.ingest.bucket.service;

import dev.newsflow.ingest.post.domain.PostRejectedException;
import java.time.Duration;

/** Where the intake stands with one entry of {@code incoming/}, from its claim by the read lock to its content read. */
public sealed interface Claim {

    /**
     * The entry is this intake's to read: its key, its size (as far as the read lock knows) and a version by which the
     * read lock tells, when the outcome is committed, whether the post changed meanwhile (null when it cannot tell).
     */
    record Claimed(String key, long size, Object version) implements Claim {
    }

    /** The claimed post, read whole and within the size cap: ready to parse and publish. */
    record Loaded(Claimed claimed, byte[] content) implements Claim {
    }

    /** The claimed post is refused unread (or unparsed) with a reason; its rejection names {@code contentHash}. */
    record Refused(Claimed claimed, String contentHash, PostRejectedException problem) implements Claim {
    }

    /** The post is not complete yet (still being written): claimed again after {@code delay}. */
    record NotYet(Duration delay) implements Claim {
    }

    /** The entry is no post to take (gone since it was found, or a folder): nothing to do. */
    record Gone() implements Claim {
    }
}
