package dev.newsflow.platform.tracing;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Where a service exports its spans ({@code newsflow.tracing.*}); nowhere unless an OTLP endpoint is given. */
@ConfigMapping(prefix = "newsflow.tracing")
public interface TracingConfig {

    /**
     * Base URL of an OTLP/HTTP receiver (a collector, Jaeger or Grafana Tempo, e.g. {@code http://localhost:4318});
     * spans are sent, as protobuf, to its {@code /v1/traces}. Unset: nothing is exported, but every post still gets
     * its trace, carried in the {@code traceparent} headers of its events and shown in the log.
     */
    Optional<String> otlpEndpoint();
}
