package dev.newsflow.ingest.bucket.service;

import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.domain.Requeue;
import dev.newsflow.ingest.post.service.PostIngestor;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends a rejected post back to {@code incoming/}, so ingest-service reads it again (after the writer fixed it). */
@ApplicationScoped
public class RejectedPosts {

    private static final String REJECTED = "rejected/";

    private final Bucket bucket;

    RejectedPosts(Bucket bucket) {
        this.bucket = bucket;
    }

    /** Moves {@code rejected/<key>} back to {@code incoming/<key>} unless the answer says why not. */
    public Requeue retry(String key) {
        Requeue outcome = bucket.requeue(key);
        if (outcome == Requeue.MOVED) {
            Log.infof("Sent %s%s back to %s%s to be read again", REJECTED, key, PostIngestor.INCOMING_PREFIX, key);
        }
        return outcome;
    }
}
