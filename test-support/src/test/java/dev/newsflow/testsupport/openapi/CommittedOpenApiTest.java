package dev.newsflow.testsupport.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The comparison of a served OpenAPI document with the committed one names the first place where they differ. */
class CommittedOpenApiTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String COMMITTED = """
            openapi: 3.1.0
            paths:
              /api/a:
                get:
                  operationId: getA
                  tags: [a, b]
            """;

    @Test
    void theSameDocumentWithItsKeysInAnotherOrderDoesNotDiffer() throws IOException {
        // Given a served document with the same content, its keys in another order
        String served = """
                paths:
                  /api/a:
                    get:
                      tags: [a, b]
                      operationId: getA
                openapi: 3.1.0
                """;

        // Then no difference is found
        assertThat(CommittedOpenApi.firstDifference("", yaml(COMMITTED), yaml(served))).isEmpty();
    }

    @Test
    void aNewOperationAndAChangedValueAreNamedByTheirPointer() throws IOException {
        // Given a served document with a new path, and one with a renamed operation
        String added = COMMITTED + "  /api/b/{id}:\n    get: {}\n";
        String renamed = COMMITTED.replace("getA", "listA");

        // Then each difference is named with its JSON pointer and both values
        assertThat(CommittedOpenApi.firstDifference("", yaml(COMMITTED), yaml(added)))
                .contains("/paths/~1api~1b~1{id} (committed: nothing, served: {\"get\":{}})");
        assertThat(CommittedOpenApi.firstDifference("", yaml(COMMITTED), yaml(renamed)))
                .contains("/paths/~1api~1a/get/operationId (committed: \"getA\", served: \"listA\")");
        assertThat(CommittedOpenApi.firstDifference("", yaml(COMMITTED), yaml(COMMITTED.replace("[a, b]", "[b]"))))
                .contains("/paths/~1api~1a/get/tags (committed: [\"a\",\"b\"], served: [\"b\"])");
    }

    private static JsonNode yaml(String text) throws IOException {
        return YAML.readTree(text);
    }
}
