package dev.newsflow.platform.tracing;

import dev.newsflow.platform.messaging.HeaderText;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** The trace id of a Kafka record's W3C {@code traceparent} header, read by OpenTelemetry's own propagator. */
public final class TraceIds {

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            return headers == null ? null : HeaderText.of(headers, key).orElse(null);
        }
    };

    private TraceIds() {
    }

    /** The trace id of the {@code traceparent} of {@code headers}; empty when it is missing or not valid. */
    public static Optional<String> of(Headers headers) {
        Context context = W3CTraceContextPropagator.getInstance().extract(Context.root(), headers, HEADERS);
        SpanContext span = Span.fromContext(context).getSpanContext();
        return span.isValid() ? Optional.of(span.getTraceId()) : Optional.empty();
    }
}
