package dev.newsflow.query.figure.rest;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.platform.rest.Problem;
import dev.newsflow.platform.security.Access;
import dev.newsflow.query.api.ApiExamples;
import dev.newsflow.query.api.Cursors;
import dev.newsflow.query.api.InvalidParameterException;
import dev.newsflow.query.api.Page;
import dev.newsflow.query.api.Parameters;
import dev.newsflow.query.api.TimeRange;
import dev.newsflow.query.figure.domain.FigureFilter;
import dev.newsflow.query.figure.domain.FigureView;
import dev.newsflow.query.figure.domain.SubjectView;
import dev.newsflow.query.figure.service.FigureService;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Market figures as time series per instrument, and the instruments seen. */
@Path("/api")
@Tag(name = "figures", description = "Market figures per instrument, and the instruments seen")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    /** The cursor kind of figure lists. */
    private static final String CURSOR = "figures";
    /** The cursor kind of subject lists (the dashboard pages through them with the same cursors). */
    public static final String SUBJECT_CURSOR = "subjects";

    private final FigureService figures;

    FigureResource(FigureService figures) {
        this.figures = figures;
    }

    @GET
    @AuthorizationPolicy(name = Access.READER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.READER)
    @Path("figures")
    @Operation(operationId = "listFigures", summary = "List figures",
            description = "Oldest first, each with its article id and publication time; a figure an article states"
                    + " twice (in its text and again in a table) comes once.")
    @APIResponse(responseCode = "200", description = "One page of figures")
    @APIResponse(responseCode = "400", description = "A parameter that cannot be used, named in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad parameter", value = ApiExamples.BAD_PARAMETER)))
    public Page<FigureView> figures(
            @Parameter(description = Parameters.SUBJECT_DESCRIPTION, example = "Nasdaq Composite")
            @QueryParam("subject") String subject,
            @Parameter(example = "index") @QueryParam("kind") String kind,
            @Parameter(example = "2026-03-01") @QueryParam("from") String from,
            @Parameter(example = "2026-03-31") @QueryParam("to") String to,
            @Parameter(example = "100") @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        TimeRange published = TimeRange.of(from, to);
        FigureFilter filter = new FigureFilter(Parameters.text(subject), kind(kind), published.from(), published.to());
        return Page.of(figures.list(filter, Parameters.limit(limit), Cursors.decode(CURSOR, cursor, 2)), CURSOR);
    }

    @GET
    @AuthorizationPolicy(name = Access.READER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.READER)
    @Path("subjects")
    @Operation(operationId = "listSubjects", summary = "List subjects",
            description = "Every instrument seen, with the latest level and move of a session (a week's or a year's"
                    + " move, an intraday high or low, is not its latest state), by name (ignoring case), paged by"
                    + " cursor.")
    @APIResponse(responseCode = "200", description = "One page of subjects")
    @APIResponse(responseCode = "400", description = "A parameter that cannot be used, named in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad parameter", value = ApiExamples.BAD_PARAMETER)))
    public Page<SubjectView> subjects(
            @Parameter(example = "100") @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return Page.of(figures.subjects(Parameters.limit(limit), Cursors.decodeKey(SUBJECT_CURSOR, cursor)),
                SUBJECT_CURSOR);
    }

    private static Kind kind(String value) {
        String text = Parameters.text(value);
        if (text == null) {
            return null;
        }
        try {
            return Kind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> kinds = Arrays.stream(Kind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
            throw new InvalidParameterException("kind", "must be one of " + kinds + ", not '" + value + "'");
        }
    }
}
