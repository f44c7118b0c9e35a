package dev.newsflow.query.article.rest;

import dev.newsflow.platform.rest.Problem;
import dev.newsflow.platform.security.Access;
import dev.newsflow.query.api.ApiExamples;
import dev.newsflow.query.api.Page;
import dev.newsflow.query.api.Parameters;
import dev.newsflow.query.article.domain.RevisionSummary;
import dev.newsflow.query.article.domain.RevisionView;
import dev.newsflow.query.article.service.ArticleRevisions;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The kept revisions of an article, served or retracted: the list, and one revision whole with its figure changes. */
@Path("/api/articles/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
public class RevisionResource {

    private final ArticleRevisions revisions;

    RevisionResource(ArticleRevisions revisions) {
        this.revisions = revisions;
    }

    @GET
    @AuthorizationPolicy(name = Access.READER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.READER)
    @Operation(operationId = "listRevisions", summary = "List an article's revisions",
            description = "Every revision the read model kept, newest"
            + " first, each with how many figures it added and dropped against the revision before it (the same"
            + " figure: subject, kind, period and values). Never paged. A retracted article's revisions stay.")
    @APIResponse(responseCode = "200", description = "The revisions")
    @APIResponse(responseCode = "404", description = "No article with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = ApiExamples.NOT_FOUND)))
    public Page<RevisionSummary> list(@Parameter(example = "2026-gold-record") @PathParam("id") String id) {
        return Page.whole(revisions.list(id).orElseThrow(() -> notFound("no article with id '" + id + "'")));
    }

    @GET
    @AuthorizationPolicy(name = Access.READER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.READER)
    @Path("{revision}")
    @Operation(operationId = "getRevision", summary = "Get one revision of an article",
            description = "The article as it was at this revision,"
            + " in the shape of GET /api/articles/{id}, with the figures it added and dropped against the revision"
            + " before it.")
    @APIResponse(responseCode = "200", description = "The revision whole")
    @APIResponse(responseCode = "400", description = "A revision that is not a revision number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No article with this id, or no such revision of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown revision", value = ApiExamples.NO_REVISION)))
    public RevisionView get(@Parameter(example = "2026-gold-record") @PathParam("id") String id,
            @Parameter(example = "2") @PathParam("revision") String revision) {
        int number = Parameters.requiredRevision("revision", revision);
        return revisions.find(id, number).orElseThrow(() -> {
            List<RevisionSummary> kept = revisions.list(id)
                    .orElseThrow(() -> notFound("no article with id '" + id + "'"));
            return notFound("article '" + id + "' has no revision " + number + (kept.isEmpty()
                    ? "; none of its revisions is kept" : "; its revisions are " + kept.stream()
                            .map(r -> String.valueOf(r.revision())).collect(Collectors.joining(", "))));
        });
    }

    private static NotFoundException notFound(String detail) {
        return new NotFoundException(Problem.of(Response.Status.NOT_FOUND, detail).toResponse());
    }
}
