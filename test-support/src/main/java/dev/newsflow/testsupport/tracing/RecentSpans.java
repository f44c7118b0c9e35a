package dev.newsflow.testsupport.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * Keeps the latest spans the service under test ended (a span exporter bean, which OpenTelemetry is given besides the
 * service's own), so a test can assert the traces a post made; bounded, so long runs do not grow it.
 */
@Singleton
public class RecentSpans implements SpanExporter {

    private static final int KEPT = 20_000;

    private final Deque<SpanData> spans = new ArrayDeque<>();

    /** The spans kept of the trace {@code traceId} (32 hex digits), oldest first. */
    public synchronized List<SpanData> ofTrace(String traceId) {
        return spans.stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    /** The spans kept named {@code name}, oldest first. */
    public synchronized List<SpanData> named(String name) {
        return spans.stream().filter(span -> span.getName().equals(name)).toList();
    }

    @Override
    public synchronized CompletableResultCode export(Collection<SpanData> ended) {
        spans.addAll(ended);
        while (spans.size() > KEPT) {
            spans.removeFirst();
        }
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
