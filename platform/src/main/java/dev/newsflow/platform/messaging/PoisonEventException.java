package dev.newsflow.platform.messaging;

/**
 * An event that can never be processed (not JSON, or not the event its topic carries); it goes to a dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {

    /** A poison event and why. */
    public PoisonEventException(String reason) {
        super(reason, null, false, false);
    }
}
