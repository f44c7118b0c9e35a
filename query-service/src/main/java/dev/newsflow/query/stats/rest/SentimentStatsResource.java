package dev.newsflow.query.stats.rest;

import dev.newsflow.platform.rest.Problem;
import dev.newsflow.platform.security.Access;
import dev.newsflow.query.api.ApiExamples;
import dev.newsflow.query.api.InvalidParameterException;
import dev.newsflow.query.api.Page;
import dev.newsflow.query.stats.domain.Group;
import dev.newsflow.query.stats.service.SentimentService;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sentiment across articles: counts and average score per day or per category. */
@Path("/api/stats/sentiment")
@Tag(name = "stats", description = "Statistics over the articles")
@Produces(MediaType.APPLICATION_JSON)
public class SentimentStatsResource {

    private final SentimentService sentiment;

    SentimentStatsResource(SentimentService sentiment) {
        this.sentiment = sentiment;
    }

    @GET
    @AuthorizationPolicy(name = Access.READER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.READER)
    @Operation(operationId = "getSentimentStats", summary = "Sentiment statistics",
            description = "Article counts and average score, by day or category.")
    @APIResponse(responseCode = "200", description = "Counts and average score per group")
    @APIResponse(responseCode = "400", description = "A parameter that cannot be used, named in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad parameter", value = ApiExamples.BAD_PARAMETER)))
    public Page<Group> sentiment(@Parameter(example = "day") @QueryParam("by") String by) {
        String grouping = by == null || by.isBlank() ? "day" : by.strip();
        return switch (grouping) {
            case "day" -> Page.whole(sentiment.byDay());
            case "category" -> Page.whole(sentiment.byCategory());
            default -> throw new InvalidParameterException("by", "must be 'day' or 'category', not '" + by + "'");
        };
    }
}
