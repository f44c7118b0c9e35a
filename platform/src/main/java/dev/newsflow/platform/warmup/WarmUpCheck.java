package dev.newsflow.platform.warmup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN while the training run of start-up runs ({@link WarmUp}), so the service is ready once it ends. */
@Readiness
@ApplicationScoped
public class WarmUpCheck implements HealthCheck {

    private final WarmUp warmUp;

    WarmUpCheck(WarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return warmUp.result()
                .map(result -> HealthCheckResponse.named("warm-up").up().withData("rounds", result.rounds())
                        .withData("millis", result.millis()).withData("outcome", result.outcome()).build())
                .orElseGet(() -> HealthCheckResponse.named("warm-up").down()
                        .withData("running for millis", warmUp.elapsedMillis()).build());
    }
}
