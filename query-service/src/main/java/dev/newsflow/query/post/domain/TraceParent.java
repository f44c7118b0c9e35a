package dev.newsflow.query.post.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the trace id of a W3C {@code traceparent} value: {@code 00-<trace id>-<parent id>-<flags>}. */
public final class TraceParent {

    /** The Kafka header that carries it. */
    public static final String HEADER = "traceparent";

    private static final Pattern VALUE = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String INVALID_TRACE = "0".repeat(32);
    private static final String INVALID_PARENT = "0".repeat(16);

    private TraceParent() {
    }

    /** The trace id of {@code value}; empty when it is missing or not a valid traceparent. */
    public static Optional<String> traceId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = VALUE.matcher(value.trim());
        if (!matcher.matches() || matcher.group(1).equals("ff") || matcher.group(2).equals(INVALID_TRACE)
                || matcher.group(3).equals(INVALID_PARENT)) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(2));
    }
}
