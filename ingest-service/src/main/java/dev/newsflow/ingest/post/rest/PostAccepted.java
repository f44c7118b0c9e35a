package dev.newsflow.ingest.post.rest;

/**
 * The answer to an accepted post: its article id, content hash and the revision the article became (1 for the first
 * content, the same for identical content, one more for changed content or a return after a retraction).
 */
public record PostAccepted(String id, String contentHash, int revision) {
}
