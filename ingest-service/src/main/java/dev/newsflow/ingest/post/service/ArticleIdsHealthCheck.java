package dev.newsflow.ingest.post.service;

import dev.newsflow.ingest.post.messaging.IdClaimIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the id claims: DOWN while the id-claim topic is still being read, or cannot be read, with the reason.
 */
@Readiness
@ApplicationScoped
public class ArticleIdsHealthCheck implements HealthCheck {

    private final IdClaimIndex claims;

    ArticleIdsHealthCheck(IdClaimIndex claims) {
        this.claims = claims;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("article-ids").withData("held", claims.held());
        Optional<String> problem = claims.problem();
        return problem.isEmpty() ? response.up().build() : response.down().withData("reason", problem.get()).build();
    }
}
