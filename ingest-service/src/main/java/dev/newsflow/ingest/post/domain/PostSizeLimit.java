package dev.newsflow.ingest.post.domain;

import java.util.Locale;

/** The size cap of a post: larger files are rejected without being read. */
public record PostSizeLimit(long maxBytes) {

    /** Rejects a post of {@code size} bytes when it is over the cap. */
    public void check(long size) throws PostRejectedException {
        if (size > maxBytes) {
            throw new PostRejectedException(String.format(Locale.ROOT, "the file is %,d bytes, over the %,d-byte limit",
                    size, maxBytes));
        }
    }
}
