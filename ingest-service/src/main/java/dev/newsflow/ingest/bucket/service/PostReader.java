package dev.newsflow.ingest.bucket.service;

import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.domain.BucketException;
import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.ingest.post.domain.PostRejectedException;
import dev.newsflow.ingest.post.domain.PostSizeLimit;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Claims an entry of {@code incoming/} through the bucket's {@link ReadLock} and reads the claimed post within the
 * size cap: a post over the cap, as found or as read, is refused with the hash of its whole content, unparsed.
 */
class PostReader {

    private final Bucket bucket;
    private final ReadLock readLock;
    private final PostSizeLimit sizeLimit;
    private final int readLimit;

    PostReader(Bucket bucket, ReadLock readLock, PostSizeLimit sizeLimit) {
        this.bucket = bucket;
        this.readLock = readLock;
        this.sizeLimit = sizeLimit;
        this.readLimit = (int) Math.min(Integer.MAX_VALUE - 8, sizeLimit.maxBytes() + 1);
    }

    /** The post of {@code entry} loaded, refused, not complete yet, or gone. */
    Claim read(BucketEntry entry) throws IOException {
        Claim claim = readLock.claim(entry);
        return claim instanceof Claim.Claimed claimed ? load(claimed) : claim;
    }

    private Claim load(Claim.Claimed claimed) {
        Optional<Claim> tooLarge = overCap(claimed, claimed.size());
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        Optional<byte[]> read = bucket.read(claimed.key(), readLimit);
        if (read.isEmpty()) {
            return new Claim.Gone();
        }
        Claim checked = readLock.afterRead(claimed, read.get());
        return checked instanceof Claim.Loaded loaded ? overCap(claimed, loaded.content().length).orElse(loaded)
                : checked;
    }

    private Optional<Claim> overCap(Claim.Claimed claimed, long size) {
        try {
            sizeLimit.check(size);
            return Optional.empty();
        } catch (PostRejectedException tooLarge) {
            return Optional.of(new Claim.Refused(claimed, hashOf(claimed.key()), tooLarge));
        }
    }

    private String hashOf(String key) {
        try (InputStream in = bucket.open(key)) {
            return ContentHash.of(in);
        } catch (IOException e) {
            throw new BucketException("Cannot read " + key, e);
        }
    }
}
