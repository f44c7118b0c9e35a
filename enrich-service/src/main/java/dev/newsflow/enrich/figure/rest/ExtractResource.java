package dev.newsflow.enrich.figure.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.enrich.figure.domain.ExplainedFigure;
import dev.newsflow.enrich.figure.domain.FigureCue;
import dev.newsflow.enrich.figure.domain.FigureExtractor;
import dev.newsflow.platform.security.Access;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lets anyone try the market-figure extractor on a text or Markdown of their own, and see why it read what it did.
 * It reads and changes nothing of the pipeline (the text in, its figures out), so it counts as a read: open unless
 * reads need a token.
 */
@Path("/api/extract")
@Tag(name = "figures", description = "The market-figure extractor, on a text of your own")
public class ExtractResource {

    private final FigureExtractor extractor;

    ExtractResource(FigureExtractor extractor) {
        this.extractor = extractor;
    }

    @POST
    @AuthorizationPolicy(name = Access.READER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.READER)
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "extractFigures", summary = "Extract market figures",
            description = "Finds each market move and level in the text. With explain=true each figure also lists the"
                    + " cues that made it: how its subject was found, the word that gave its sign, the numbers read"
                    + " and why a number is a level, and the phrase that gave its period.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "wrap",
            value = "The Nasdaq rose 2.18% to 23,031.21, while the 10-year yield fell 5 basis points to 4.21%.")))
    public Figures extract(String text,
            @Parameter(description = "Add to each figure the cues that made it.") @QueryParam("explain")
            boolean explain) {
        List<ExplainedFigure> figures = extractor.explain(text == null ? "" : text);
        return new Figures(figures.stream().map(f -> new Figure(f.figure(), explain ? f.cues() : null)).toList());
    }

    /** The answer: the figures found, in order of appearance. */
    public record Figures(List<Figure> figures) {
    }

    /** A figure, and with {@code explain=true} the cues that made it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(@JsonUnwrapped MarketFigure figure, List<FigureCue> cues) {
    }
}
