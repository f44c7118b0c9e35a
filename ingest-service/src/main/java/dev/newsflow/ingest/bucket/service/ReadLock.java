package dev.newsflow.ingest.bucket.service;

import dev.newsflow.ingest.bucket.domain.BucketEntry;
import java.io.IOException;

/**
 * How the intake claims a post before reading it and knows, after reading and when committing, that it still has the
 * post it claimed: the read-lock strategy of a file consumer (a folder waits for files to settle; S3 objects are
 * whole).
 */
public interface ReadLock {

    /** Claims {@code entry}, refuses it unread, defers it, or finds it gone. */
    Claim claim(BucketEntry entry) throws IOException;

    /** What the read content makes of the claim: loaded, or not complete yet. */
    default Claim afterRead(Claim.Claimed claimed, byte[] content) {
        return new Claim.Loaded(claimed, content);
    }

    /** Whether the post is still the one claimed, when its outcome is committed; if not, it is taken again. */
    default boolean isUnchanged(Claim.Claimed claimed) {
        return true;
    }
}
