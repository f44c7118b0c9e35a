package dev.newsflow.ingest.post.rest;

import dev.newsflow.ingest.post.domain.IngestOutcome;
import dev.newsflow.ingest.post.domain.PostKeys;
import dev.newsflow.ingest.post.service.PostNotPublishedException;
import dev.newsflow.ingest.post.service.PostSubmissions;
import dev.newsflow.platform.rest.Problem;
import dev.newsflow.platform.security.Access;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Takes a post over HTTP, as if it had been dropped into {@code incoming/} under the given name. */
@Path("/api/posts")
@Tag(name = "posts", description = "Posts submitted over HTTP, as if dropped into the bucket")
public class PostResource {

    private final PostSubmissions submissions;

    PostResource(PostSubmissions submissions) {
        this.submissions = submissions;
    }

    @POST
    @AuthorizationPolicy(name = Access.WRITER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.WRITER)
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "submitPost", summary = "Submit a post",
            description = "Parses the post and answers once Kafka acknowledged its event, with the revision the "
                    + "article became: 1 for its first content, the same for identical content, one more for changed "
                    + "content or for a return after a retraction. A bad post, or one whose id is held by another "
                    + "key, is quarantined under rejected/ with its report, as a dropped file would be.")
    @RequestBody(content = @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "post", value = "---\ntitle: \"Gold climbs to a record\"\ndate: "
                    + "2026-03-02 17:40:00\n---\nGold rose 1.2% to $3,050.\n")))
    @APIResponse(responseCode = "202", description = "Published to articles.ingested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostAccepted.class),
                    examples = @ExampleObject(name = "accepted", value = "{\"id\":\"2026-03-02-gold\","
                            + "\"contentHash\":\"3f1c0d6b4b0a5e2f9b0a3c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f\","
                            + "\"revision\":1}")))
    @APIResponse(responseCode = "400", description = "The name is not a safe relative key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The post was rejected; the errors say why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rejected", value = "{\"type\":\"about:blank\",\"title\":"
                            + "\"Unprocessable Content\",\"status\":422,\"detail\":\"line 3, field 'date': "
                            + "'2026-13-45' is "
                            + "not a date\",\"errors\":[{\"line\":3,\"field\":\"date\",\"message\":\"'2026-13-45' is "
                            + "not a "
                            + "date\"}]}")))
    @APIResponse(responseCode = "415", description = "A Content-Type other than text/markdown, text/x-markdown, "
            + "text/plain or application/octet-stream (none at all is taken as a post)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over the server's limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The post's id is held by another key; the post was rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "id taken", value = "{\"type\":\"about:blank\",\"title\":"
                            + "\"Conflict\",\"status\":409,\"detail\":\"the id a-b is already held by incoming/a b.md; "
                            + "give this post another name, or drop it as incoming/a b.md to revise that article\","
                            + "\"errors\":[{\"message\":\"the id a-b is already held by incoming/a b.md; give this "
                            + "post "
                            + "another name, or drop it as incoming/a b.md to revise that article\"}]}")))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge the event; try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(
            @Parameter(description = "Key of the post relative to incoming/, e.g. 2026/gold-record.md", required = true)
            @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] content) {
        Optional<String> badType = PostMediaTypes.problemWith(contentType);
        if (badType.isPresent()) {
            return Uni.createFrom()
                    .item(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, badType.get()).toResponse());
        }
        Optional<String> badName = PostKeys.problemWith(name);
        if (badName.isPresent()) {
            return Uni.createFrom()
                    .item(Problem.of(Response.Status.BAD_REQUEST, "name: " + badName.get()).toResponse());
        }
        byte[] post = content == null ? new byte[0] : content;
        return submissions.submit(name, post)
                .map(PostResource::answer)
                .onFailure(PostNotPublishedException.class)
                .recoverWithItem(failure -> unavailable(name, failure.getCause()));
    }

    private static Response answer(IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Rejected rejected) {
            return (rejected.idTaken()
                    ? new Problem("about:blank", "Conflict", 409, rejected.rejection().reason(),
                    rejected.rejection().errors())
                    : new Problem("about:blank", "Unprocessable Content", 422, rejected.rejection().reason(),
                            rejected.rejection().errors())).toResponse();
        }
        IngestOutcome.Published published = (IngestOutcome.Published) outcome;
        return Response.accepted(new PostAccepted(published.article().id(), published.article().contentHash(),
                published.article().revision())).type(MediaType.APPLICATION_JSON).build();
    }

    private static Response unavailable(String name, Throwable failure) {
        Log.warnf("Post %s was not published: %s", name, failure.getMessage());
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                "Kafka did not acknowledge the post; nothing was kept, try again").toResponse();
    }
}
