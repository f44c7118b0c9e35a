package dev.newsflow.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is over {@code quarkus.http.limits.max-body-size} with a 413 problem that
 * gives both sizes, just before Quarkus' own check would answer it with an empty body. A body sent in chunks without
 * a length is still cut off by Quarkus itself, with an empty 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Just before Quarkus' own check of the body size ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}). */
    private static final int ORDER = -3;

    void install(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        limit.ifPresent(max -> router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long size = parse(length);
            if (size <= max.asLongValue()) {
                context.next();
                return;
            }
            Problem problem = Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, String.format(Locale.ROOT,
                    "the request body is %,d bytes, over the %,d-byte limit", size, max.asLongValue()));
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(write(json, problem));
        }));
    }

    private static long parse(String length) {
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String write(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
