package dev.newsflow.ingest.post.service;

/** Kafka did not acknowledge the event of a submitted post, so nothing of it was kept. */
public class PostNotPublishedException extends RuntimeException {

    /** The failure to publish, as {@code cause}. */
    public PostNotPublishedException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
