package dev.newsflow.enrich.article.messaging;

/** An event that can never be enriched (not JSON, or not an {@code ArticleIngested}); it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    /** A poison event and why. */
    public PoisonEventException(String reason) {
        super(reason, null, false, false);
    }
}
