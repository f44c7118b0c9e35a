package dev.newsflow.platform.messaging;

/** An event whose JSON is over the limit of one Kafka message; its message gives both sizes. */
public class EventTooLargeException extends Exception {

    /** An event over the limit; {@code message} says both sizes. */
    public EventTooLargeException(String message) {
        super(message);
    }
}
