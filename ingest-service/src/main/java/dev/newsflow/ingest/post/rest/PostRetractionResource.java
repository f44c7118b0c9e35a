package dev.newsflow.ingest.post.rest;

import dev.newsflow.contracts.article.ArticleRetracted;
import dev.newsflow.ingest.post.domain.RetractionOutcome;
import dev.newsflow.ingest.post.service.PostRetractions;
import dev.newsflow.platform.rest.Problem;
import dev.newsflow.platform.security.Access;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Retracts an article over HTTP: its current revision is withdrawn until its post is dropped again. */
@Path("/api/posts/{id}")
@Tag(name = "posts")
public class PostRetractionResource {

    private final PostRetractions retractions;

    PostRetractionResource(PostRetractions retractions) {
        this.retractions = retractions;
    }

    @DELETE
    @AuthorizationPolicy(name = Access.WRITER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.WRITER)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "retractPost", summary = "Retract an article",
            description = "Publishes newsflow.article.retracted.v1 for the article's current revision on "
                    + "articles.ingested and answers once Kafka acknowledged it; the read side marks the article "
                    + "retracted. The post's file stays under processed/. Dropping or posting the post again, even "
                    + "unchanged, brings the article back as the next revision.")
    @APIResponse(responseCode = "202", description = "The retraction was published and recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleRetracted.class),
                    examples = @ExampleObject(name = "retracted", value = "{\"id\":\"2026-03-02-gold\","
                            + "\"bucketKey\":\"incoming/2026/03-02 gold.md\",\"revision\":2,"
                            + "\"retractedAt\":\"2026-03-02T18:10:00Z\","
                            + "\"reason\":\"the closing levels were wrong\"}")))
    @APIResponse(responseCode = "400", description = "The reason is over 1,000 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No post holds the id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = "{\"type\":\"about:blank\",\"title\":"
                            + "\"Not Found\",\"status\":404,\"detail\":\"no post holds the id 2026-03-02-gold\"}")))
    @APIResponse(responseCode = "409", description = "The article's current revision is retracted already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already retracted", value = "{\"type\":\"about:blank\","
                            + "\"title\":\"Conflict\",\"status\":409,\"detail\":\"the article 2026-03-02-gold is "
                            + "already retracted (revision 2); drop incoming/2026/03-02 gold.md again to bring it "
                            + "back\"}")))
    @APIResponse(responseCode = "503", description = "Kafka could not be read or did not acknowledge; try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> retract(
            @Parameter(description = "The article id, e.g. 2026-03-02-gold") @PathParam("id") String id,
            @Parameter(description = "Why, in the writer's words (at most 1,000 characters); without it: "
                    + "\"" + PostRetractions.DEFAULT_REASON + "\"") @QueryParam("reason") String reason) {
        if (reason != null && reason.length() > PostRetractions.MAX_REASON) {
            return Uni.createFrom().item(Problem.of(Response.Status.BAD_REQUEST, String.format(Locale.ROOT,
                    "reason: the reason is %,d characters long, over the limit of %,d", reason.length(),
                    PostRetractions.MAX_REASON)).toResponse());
        }
        return Uni.createFrom().completionStage(() -> retractions.retract(id, reason))
                .map(PostRetractionResource::answer)
                .onFailure().recoverWithItem(failure -> unavailable(id, failure));
    }

    private static Response answer(RetractionOutcome outcome) {
        if (outcome instanceof RetractionOutcome.Unknown unknown) {
            return Problem.of(Response.Status.NOT_FOUND, unknown.detail()).toResponse();
        }
        if (outcome instanceof RetractionOutcome.AlreadyRetracted already) {
            return Problem.of(Response.Status.CONFLICT, already.detail()).toResponse();
        }
        return Response.accepted(((RetractionOutcome.Retracted) outcome).retraction())
                .type(MediaType.APPLICATION_JSON).build();
    }

    private static Response unavailable(String id, Throwable failure) {
        Log.warnf("The retraction of %s was not completed: %s", id, failure.getMessage());
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "the retraction of " + id
                + " could not be completed, Kafka could not be read or did not acknowledge it; try again")
                .toResponse();
    }
}
