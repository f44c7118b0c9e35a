package dev.newsflow.query.article.messaging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Leaves out SmallRye's start-up warning that the throttled commit strategy of {@code articles.enriched} is not
 * health checked (SRMSG18235): query-service turns that age check off on purpose, since a batch waits for the
 * database as long as it is down (see {@link dev.newsflow.query.article.service.RetryingMaterializer}) and must not
 * be failed for its age meanwhile.
 */
@LoggingFilter(name = "expected-start-warnings")
public final class ExpectedStartWarnings implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        return record.getMessage() == null || !record.getMessage().startsWith("SRMSG18235");
    }
}
