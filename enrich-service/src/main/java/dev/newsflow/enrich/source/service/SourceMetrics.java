package dev.newsflow.enrich.source.service;

import dev.newsflow.contracts.article.SourceCheck.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Prometheus metrics of the source checks: checks by verdict and the latency of live fetches (cache misses). */
@Startup
@ApplicationScoped
public class SourceMetrics {

    private final Map<Verdict, Counter> checks = new EnumMap<>(Verdict.class);
    private final Timer fetchTime;

    SourceMetrics(MeterRegistry registry) {
        for (Verdict verdict : Verdict.values()) {
            checks.put(verdict, Counter.builder("newsflow.enrich.source.checks")
                    .description("Source URLs checked, by verdict")
                    .tag("verdict", verdict.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
        fetchTime = Timer.builder("newsflow.enrich.fetch.time")
                .description("Time of one live check, redirects included (cache misses only)")
                .register(registry);
    }

    /** Counts a check with its verdict. */
    public void checked(Verdict verdict) {
        checks.get(verdict).increment();
    }

    /** Records the time of one live fetch. */
    public void fetched(long nanos) {
        fetchTime.record(nanos, TimeUnit.NANOSECONDS);
    }
}
