package dev.newsflow.query.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds an example answer to the 200 response of each API operation in the OpenAPI document, next to the schema
 * scanned from its return type (an {@code @APIResponse} with content would replace that schema).
 */
public class OpenApiExamples implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> EXAMPLES = Map.of(
            "/api/articles", ApiExamples.ARTICLE_PAGE,
            "/api/articles/{id}", ApiExamples.ARTICLE,
            "/api/articles/{id}/revisions", ApiExamples.REVISIONS,
            "/api/articles/{id}/revisions/{revision}", ApiExamples.REVISION,
            "/api/figures", ApiExamples.FIGURE_PAGE,
            "/api/subjects", ApiExamples.SUBJECTS,
            "/api/stats/sentiment", ApiExamples.SENTIMENT);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        EXAMPLES.forEach((path, example) -> {
            Operation get = openAPI.getPaths().getPathItem(path).getGET();
            APIResponse ok = get.getResponses().getAPIResponse("200");
            ok.getContent().getMediaType("application/json")
                    .addExample("example", OASFactory.createExample().value(parse(example)));
        });
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("an API example is not JSON", e);
        }
    }
}
