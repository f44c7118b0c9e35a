package dev.newsflow.e2e;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the spans of an OTLP/HTTP protobuf {@code ExportTraceServiceRequest}: only the fields the tests look at (the
 * resource's {@code service.name}; each span's trace id, span id, parent span id and name), skipping every other.
 */
final class OtlpSpans {

    /** One exported span. */
    record Span(String service, String traceId, String spanId, String parentSpanId, String name) {
    }

    private OtlpSpans() {
    }

    /** The spans of the request {@code body}. */
    static List<Span> read(byte[] body) {
        List<Span> spans = new ArrayList<>();
        for (ByteBuffer resourceSpans : fields(ByteBuffer.wrap(body), 1)) {
            String service = serviceName(resourceSpans.duplicate());
            for (ByteBuffer scopeSpans : fields(resourceSpans.duplicate(), 2)) {
                for (ByteBuffer span : fields(scopeSpans, 2)) {
                    spans.add(new Span(service, hex(first(span.duplicate(), 1)), hex(first(span.duplicate(), 2)),
                            hex(first(span.duplicate(), 4)), text(first(span.duplicate(), 5))));
                }
            }
        }
        return spans;
    }

    private static String serviceName(ByteBuffer resourceSpans) {
        ByteBuffer resource = first(resourceSpans, 1);
        for (ByteBuffer attribute : resource == null ? List.<ByteBuffer>of() : fields(resource, 1)) {
            if ("service.name".equals(text(first(attribute.duplicate(), 1)))) {
                ByteBuffer value = first(attribute.duplicate(), 2);
                return value == null ? null : text(first(value, 1));
            }
        }
        return null;
    }

    private static ByteBuffer first(ByteBuffer message, int number) {
        List<ByteBuffer> found = fields(message, number);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The length-delimited fields numbered {@code number} of {@code message}. */
    private static List<ByteBuffer> fields(ByteBuffer message, int number) {
        List<ByteBuffer> found = new ArrayList<>();
        while (message.hasRemaining()) {
            long tag = varint(message);
            int wireType = (int) (tag & 7);
            switch (wireType) {
                case 0 -> varint(message);
                case 1 -> message.position(message.position() + 8);
                case 5 -> message.position(message.position() + 4);
                case 2 -> {
                    int length = (int) varint(message);
                    ByteBuffer field = message.slice(message.position(), length);
                    message.position(message.position() + length);
                    if (tag >>> 3 == number) {
                        found.add(field);
                    }
                }
                default -> throw new IllegalArgumentException("Unknown protobuf wire type " + wireType);
            }
        }
        return found;
    }

    private static long varint(ByteBuffer message) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = message.get();
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static String hex(ByteBuffer bytes) {
        return bytes == null ? "" : HexFormat.of().formatHex(array(bytes));
    }

    private static String text(ByteBuffer bytes) {
        return bytes == null ? null : new String(array(bytes), StandardCharsets.UTF_8);
    }

    private static byte[] array(ByteBuffer bytes) {
        byte[] copy = new byte[bytes.remaining()];
        bytes.duplicate().get(copy);
        return copy;
    }
}
