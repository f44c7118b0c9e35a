package dev.newsflow.platform.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares the bearer scheme and, on each operation whose role ({@value Access#OPENAPI_ROLE}) this instance enforces,
 * the token it needs and its 401 and 403 answers; run at start-up, so the document says what the service checks.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class BearerSecurityFilter implements OASFilter {

    /** The name of the security scheme in the OpenAPI document. */
    public static final String SCHEME = "bearer";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        AuthConfig auth = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(AuthConfig.class);
        boolean protectedAny = false;
        Map<String, PathItem> paths = openAPI.getPaths() == null ? Map.of() : openAPI.getPaths().getPathItems();
        for (PathItem path : paths.values()) {
            for (Operation operation : path.getOperations().values()) {
                Object role = operation.getExtensions() == null ? null
                        : operation.getExtensions().get(Access.OPENAPI_ROLE);
                if (role != null && Access.enforced(auth, role.toString())) {
                    protect(operation, role.toString());
                    protectedAny = true;
                }
            }
        }
        if (protectedAny) {
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("A JWT from your OIDC provider whose groups claim holds the operation's role"));
        }
    }

    private static void protect(Operation operation, String role) {
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
        operation.getResponses()
                .addAPIResponse("401",
                        problem("No bearer token, or one that is expired or not signed by a trusted key"))
                .addAPIResponse("403", problem("The bearer token does not have the role " + role));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType("application/problem+json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }
}
