package dev.newsflow.query.api;

import java.time.Instant;

/**
 * The publication times a list is narrowed to, from the {@code from} and {@code to} parameters; {@code from} later
 * than {@code to} is refused, as a range that can hold nothing is a mistake of the caller.
 *
 * @param from earliest time, inclusive, or null
 * @param to   latest time, exclusive (a date alone counts to the end of its day), or null
 */
public record TimeRange(Instant from, Instant to) {

    /**
     * The range the two parameters name; an {@link InvalidParameterException} when one does not read or from is after
     * to.
     */
    public static TimeRange of(String from, String to) {
        Instant start = Parameters.time("from", from, false);
        Instant toStart = Parameters.time("to", to, false);
        if (start != null && toStart != null && start.isAfter(toStart)) {
            throw new InvalidParameterException("from", "must not be later than 'to' ('" + from.strip() + "' is after '"
                    + to.strip() + "')");
        }
        return new TimeRange(start, Parameters.time("to", to, true));
    }
}
