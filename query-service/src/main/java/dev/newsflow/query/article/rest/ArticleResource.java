package dev.newsflow.query.article.rest;

import dev.newsflow.platform.rest.Problem;
import dev.newsflow.platform.security.Access;
import dev.newsflow.query.api.ApiExamples;
import dev.newsflow.query.api.Cursors;
import dev.newsflow.query.api.InvalidParameterException;
import dev.newsflow.query.api.Page;
import dev.newsflow.query.api.Parameters;
import dev.newsflow.query.api.TimeRange;
import dev.newsflow.query.api.WaitPreference;
import dev.newsflow.query.article.domain.ArticleFilter;
import dev.newsflow.query.article.domain.ArticleSummary;
import dev.newsflow.query.article.domain.ArticleView;
import dev.newsflow.query.article.service.ArticleService;
import dev.newsflow.query.article.service.ArticleWaits;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** The articles of the read model: a filtered, paged list, and one article whole, at a revision if asked. */
@Path("/api/articles")
@Tag(name = "articles", description = "The articles of the read model")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    /** The cursor kind of article lists (the dashboard pages through them with the same cursors). */
    public static final String CURSOR = "articles";

    private final ArticleService articles;
    private final ArticleWaits waits;

    ArticleResource(ArticleService articles, ArticleWaits waits) {
        this.articles = articles;
        this.waits = waits;
    }

    @GET
    @AuthorizationPolicy(name = Access.READER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.READER)
    @Operation(operationId = "listArticles", summary = "List articles",
            description = "Newest first, narrowed by the filters, paged by cursor.")
    @APIResponse(responseCode = "200", description = "One page of article summaries")
    @APIResponse(responseCode = "400", description = "A parameter that cannot be used, named in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad parameter", value = ApiExamples.BAD_PARAMETER)))
    public Page<ArticleSummary> list(
            @Parameter(example = "Markets") @QueryParam("category") String category,
            @Parameter(example = "2026-03-01") @QueryParam("from") String from,
            @Parameter(example = "2026-03-31") @QueryParam("to") String to,
            @Parameter(example = "Optimistic") @QueryParam("sentiment") String sentiment,
            @Parameter(example = "5") @QueryParam("minScore") String minScore,
            @Parameter(example = "10") @QueryParam("maxScore") String maxScore,
            @Parameter(description = Parameters.SUBJECT_DESCRIPTION, example = "S&P 500")
            @QueryParam("subject") String subject,
            @Parameter(example = "gold record", description = "full-text query, at most 500 characters")
            @QueryParam("q") String q,
            @Parameter(example = "20") @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        TimeRange published = TimeRange.of(from, to);
        ArticleFilter filter = new ArticleFilter(Parameters.text(category), published.from(), published.to(),
                Parameters.text(sentiment), Parameters.number("minScore", minScore),
                Parameters.number("maxScore", maxScore), Parameters.text(subject), Parameters.query("q", q));
        if (filter.minScore() != null && filter.maxScore() != null && filter.minScore() > filter.maxScore()) {
            throw new InvalidParameterException("minScore", "must not be above maxScore");
        }
        return Page.of(articles.list(filter, Parameters.limit(limit), Cursors.decode(CURSOR, cursor, 1)), CURSOR);
    }

    @GET
    @AuthorizationPolicy(name = Access.READER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.READER)
    @Path("{id}")
    @Operation(operationId = "getArticle", summary = "Get one article",
            description = "Every field of the enriched article, with its revision. To read your own write, ask for"
                    + " minRevision and a wait (the wait parameter or Prefer: wait=N): the answer comes as soon as"
                    + " that revision is served, or when the wait runs out (202). Without minRevision, a wait waits"
                    + " for the article to exist. A retracted article is 410 Gone.")
    @APIResponse(responseCode = "200", description = "The whole enriched article (with Preference-Applied when a"
            + " Prefer: wait was honoured)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "202", description = "The wait ran out before minRevision was served; the problem"
            + " says which revision is served now",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not yet", value = ApiExamples.NOT_YET)))
    @APIResponse(responseCode = "400", description = "A minRevision or wait that cannot be used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad wait", value = ApiExamples.BAD_WAIT)))
    @APIResponse(responseCode = "404", description = "No article with this id (within the wait)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "410", description = "The article was retracted: when, why and which revision",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "retracted", value = ApiExamples.RETRACTED)))
    public Uni<Response> get(@Parameter(example = "2026-gold-record") @PathParam("id") String id,
            @Parameter(description = "answer 200 only once this revision (or a later one) is served", example = "2")
            @QueryParam("minRevision") String minRevision,
            @Parameter(description = "how long to wait for it: 5s, 500ms or 5 (seconds), at most 30s", example = "5s")
            @QueryParam("wait") String wait,
            @Parameter(description = "RFC 7240 preferences; wait=N (seconds, at most 30) when there is no wait"
                    + " parameter", example = "wait=5")
            @HeaderParam("Prefer") String prefer) {
        Integer minimum = Parameters.revision("minRevision", minRevision);
        WaitPreference waiting = WaitPreference.of(wait, prefer);
        return waits.await(id, minimum, waiting.duration())
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(served -> ArticleAnswers.answer(articles, id, minimum, served.orElse(null), waiting));
    }
}
