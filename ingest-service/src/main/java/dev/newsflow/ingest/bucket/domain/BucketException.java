package dev.newsflow.ingest.bucket.domain;

/** A bucket operation failed for a reason outside the post itself (disk, permissions). */
public class BucketException extends RuntimeException {

    /** A failure with its cause. */
    public BucketException(String message, Throwable cause) {
        super(message, cause);
    }
}
