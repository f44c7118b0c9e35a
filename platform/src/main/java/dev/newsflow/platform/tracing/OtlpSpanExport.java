package dev.newsflow.platform.tracing;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Sends the spans a service ends to the OTLP/HTTP endpoint of {@link TracingConfig#otlpEndpoint()}, or drops them
 * when none is set (the default): the switch is read when the service starts, so one build serves both.
 */
@Singleton
@Unremovable
public class OtlpSpanExport implements SpanExporter {

    private static final String TRACES_PATH = "/v1/traces";

    private final SpanExporter target;

    OtlpSpanExport(TracingConfig config) {
        this.target = config.otlpEndpoint().filter(endpoint -> !endpoint.isBlank())
                .<SpanExporter>map(OtlpSpanExport::otlp).orElseGet(SpanExporter::composite);
    }

    private static SpanExporter otlp(String endpoint) {
        String base = endpoint.strip().replaceAll("/+$", "");
        String url = base.endsWith(TRACES_PATH) ? base : base + TRACES_PATH;
        Log.infof("Exporting spans to %s (OTLP/HTTP)", url);
        return OtlpHttpSpanExporter.builder().setEndpoint(url).build();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return target.export(spans);
    }

    @Override
    public CompletableResultCode flush() {
        return target.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return target.shutdown();
    }
}
