package dev.newsflow.ingest.post.domain;

/** Rejects a post whose article id is already held by another bucket key: that article is never replaced. */
public class IdTakenException extends PostRejectedException {

    /** The post's id {@code id} is held by the bucket key {@code holder}. */
    public IdTakenException(String id, String holder) {
        super("the id " + id + " is already held by " + holder + "; give this post another name, or drop it as "
                + holder + " to revise that article");
    }
}
