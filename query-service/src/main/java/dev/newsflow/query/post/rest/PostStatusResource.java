package dev.newsflow.query.post.rest;

import dev.newsflow.platform.rest.Problem;
import dev.newsflow.platform.security.Access;
import dev.newsflow.query.api.InvalidParameterException;
import dev.newsflow.query.post.domain.PostStory;
import dev.newsflow.query.post.service.AmbiguousKeyException;
import dev.newsflow.query.post.service.PostStatusService;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The story of a post: every stage it went through, where it is now, and where it waits. */
@Path("/api/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "posts", description = "The story of each post, from the bucket or HTTP to the read model")
public class PostStatusResource {

    private final PostStatusService posts;

    PostStatusResource(PostStatusService posts) {
        this.posts = posts;
    }

    @GET
    @Path("status")
    @AuthorizationPolicy(name = Access.READER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.READER)
    @Operation(operationId = "getPostStatusByKey", summary = "Follow a post by its key or file name",
            description = "Every stage of the post, oldest first (received, published, rejected, enriched, "
                    + "materialized, retracted; each attempt of a post sent again), its state and, when it is not "
                    + "done, which service it waits on and for how many seconds. A file name that several posts "
                    + "share is a 409 that lists their keys.")
    @APIResponse(responseCode = "200", description = "The post's story",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostStory.class),
                    examples = @ExampleObject(name = "enriched", value = PostExamples.STORY)))
    @APIResponse(responseCode = "400", description = "No key given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no key", value = PostExamples.NO_KEY)))
    @APIResponse(responseCode = "404", description = "No post with this key or file name was seen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown key", value = PostExamples.UNKNOWN_KEY)))
    @APIResponse(responseCode = "409", description = "The file name matches several posts, listed in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ambiguous", value = PostExamples.AMBIGUOUS)))
    public PostStory byKey(
            @Parameter(description = "bucket key (incoming/2026/gold.md), key under incoming/ (2026/gold.md) or "
                    + "file name (gold.md)", example = "incoming/2026/gold.md") @QueryParam("key") String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidParameterException("key", "is required: a bucket key or a file name");
        }
        try {
            return posts.byKey(key).orElseThrow(() -> notFound("no post with key or file name '" + key
                    + "' has been seen on articles.ingested, articles.rejected or articles.enriched"));
        } catch (AmbiguousKeyException ambiguous) {
            throw new WebApplicationException(new Problem("about:blank", "Conflict", 409, ambiguous.getMessage(),
                    null).toResponse());
        }
    }

    @GET
    @Path("{id}/status")
    @AuthorizationPolicy(name = Access.READER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.READER)
    @Operation(operationId = "getPostStatus", summary = "Follow a post by its article id",
            description = "The story of the post that published this article id, as GET /api/posts/status tells it. "
                    + "A post that was only ever rejected has no article id: ask by its key.")
    @APIResponse(responseCode = "200", description = "The post's story",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostStory.class),
                    examples = @ExampleObject(name = "enriched", value = PostExamples.STORY)))
    @APIResponse(responseCode = "404", description = "No post published this article id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = PostExamples.UNKNOWN_ID)))
    public PostStory byId(@Parameter(example = "2026-gold") @PathParam("id") String id) {
        return posts.byId(id).orElseThrow(() -> notFound("no post with article id '" + id
                + "' has been seen on articles.ingested or articles.enriched"));
    }

    private static NotFoundException notFound(String detail) {
        return new NotFoundException(Problem.of(Response.Status.NOT_FOUND, detail).toResponse());
    }
}
