package dev.newsflow.ingest.bucket.domain;

/**
 * An entry found in {@code incoming/}: its key relative to {@code incoming/} and its size as listed, or {@link
 * #UNSIZED}
 * when the finder does not know it (a folder's read lock reads the size of the file itself).
 */
public record BucketEntry(String key, long size) {

    /** The size of an entry found without one. */
    public static final long UNSIZED = -1;

    /** An entry found by its key alone. */
    public static BucketEntry unsized(String key) {
        return new BucketEntry(key, UNSIZED);
    }
}
