package dev.newsflow.ingest.bucket.rest;

import dev.newsflow.ingest.bucket.domain.BucketException;
import dev.newsflow.ingest.bucket.service.RejectedPosts;
import dev.newsflow.ingest.post.domain.PostKeys;
import dev.newsflow.ingest.post.service.PostIngestor;
import dev.newsflow.platform.rest.Problem;
import dev.newsflow.platform.security.Access;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sends a rejected post back to {@code incoming/} to be read again, e.g. once its writer fixed the file. */
@Path("/api/posts/rejected")
@Tag(name = "posts")
public class RejectedPostResource {

    private final RejectedPosts rejected;

    RejectedPostResource(RejectedPosts rejected) {
        this.rejected = rejected;
    }

    @POST
    @Path("{key: .+}/retry")
    @Blocking
    @AuthorizationPolicy(name = Access.WRITER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.WRITER)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "retryRejectedPost", summary = "Read a rejected post again",
            description = "Moves rejected/<key> back to incoming/<key> and deletes its .error.json, so ingest-service "
                    + "reads it again; its story (query-service's GET /api/posts/status) then shows both attempts.")
    @APIResponse(responseCode = "202", description = "Moved back; the post will be read from this key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RetryAccepted.class),
                    examples = @ExampleObject(name = "moved", value = "{\"bucketKey\":\"incoming/2026/gold.md\"}")))
    @APIResponse(responseCode = "400", description = "The key is not a safe relative key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No rejected post has this key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not rejected", value = "{\"type\":\"about:blank\",\"title\":"
                            + "\"Not Found\",\"status\":404,\"detail\":\"there is no rejected post "
                            + "rejected/2026/gold.md\"}")))
    @APIResponse(responseCode = "409", description = "A post of this key waits in incoming/ already; nothing moved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "incoming taken", value = "{\"type\":\"about:blank\",\"title\":"
                            + "\"Conflict\",\"status\":409,\"detail\":\"incoming/2026/gold.md exists already; "
                            + "rejected/2026/gold.md was left where it is\"}")))
    @APIResponse(responseCode = "503", description = "The bucket could not be changed; try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retry(@Parameter(description = "Key of the post relative to rejected/, URL-encoded",
            example = "2026%2Fgold.md") @Encoded @PathParam("key") String encodedKey) {
        String key = URLDecoder.decode(encodedKey.replace("+", "%2B"), StandardCharsets.UTF_8);
        Optional<String> badKey = PostKeys.problemWith(key);
        if (badKey.isPresent()) {
            return Problem.of(Response.Status.BAD_REQUEST, "key: " + badKey.get()).toResponse();
        }
        String incoming = PostIngestor.INCOMING_PREFIX + key;
        try {
            return switch (rejected.retry(key)) {
                case MOVED -> Response.accepted(new RetryAccepted(incoming)).type(MediaType.APPLICATION_JSON).build();
                case NOT_REJECTED -> Problem.of(Response.Status.NOT_FOUND, "there is no rejected post rejected/"
                        + key).toResponse();
                case INCOMING_TAKEN -> Problem.of(Response.Status.CONFLICT, incoming + " exists already; rejected/"
                        + key + " was left where it is").toResponse();
            };
        } catch (BucketException e) {
            Log.warnf("rejected/%s could not be sent back: %s", key, e.getMessage());
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "the bucket could not be changed; nothing or "
                    + "only the report was removed, try again").toResponse();
        }
    }
}
