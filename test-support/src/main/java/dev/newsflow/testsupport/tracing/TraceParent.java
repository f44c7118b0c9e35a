package dev.newsflow.testsupport.tracing;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A W3C trace context {@code traceparent} value ({@code 00-<trace id>-<span id>-<flags>}): made up for a test's
 * incoming event or request, or read from a record's headers.
 *
 * @param traceId 32 lowercase hex digits
 * @param spanId 16 lowercase hex digits, the parent span of whatever continues the trace
 */
public record TraceParent(String traceId, String spanId) {

    /** The name of the header. */
    public static final String HEADER = "traceparent";

    /** A new sampled trace with a random id, as a caller outside Newsflow would start it. */
    public static TraceParent random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new TraceParent(String.format("%016x%016x", random.nextLong(), random.nextLong()),
                String.format("%016x", random.nextLong()));
    }

    /** The {@code traceparent} header of {@code headers}; fails when there is none or it is malformed. */
    public static TraceParent of(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        if (header == null) {
            throw new AssertionError("The record has no " + HEADER + " header");
        }
        return parse(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** {@code value} read as a {@code traceparent}; fails when it is malformed. */
    public static TraceParent parse(String value) {
        String[] parts = value.split("-");
        if (parts.length != 4 || !parts[0].equals("00") || !parts[1].matches("[0-9a-f]{32}")
                || !parts[2].matches("[0-9a-f]{16}")) {
            throw new AssertionError("Not a W3C traceparent: " + value);
        }
        return new TraceParent(parts[1], parts[2]);
    }

    /** This trace context as the header's value, sampled. */
    public String value() {
        return "00-" + traceId + "-" + spanId + "-01";
    }
}
