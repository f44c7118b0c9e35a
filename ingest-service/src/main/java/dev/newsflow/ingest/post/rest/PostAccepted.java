package dev.newsflow.ingest.post.rest;

/** The answer to an accepted post: its article id and content hash. */
public record PostAccepted(String id, String contentHash) {
}
