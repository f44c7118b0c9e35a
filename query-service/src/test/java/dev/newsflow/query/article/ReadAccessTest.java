package dev.newsflow.query.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.newsflow.platform.security.Access;
import dev.newsflow.testsupport.auth.AccessControlOn;
import dev.newsflow.testsupport.auth.TestTokens;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With reads protected too, every {@code GET /api/...} needs a valid token with the reader role. */
@QuarkusTest
@TestProfile(AccessControlOn.WithReads.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ReadAccessTest {

    @Test
    void aReadWithoutATokenIsRefusedWith401() {
        given().when().get("/api/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("detail", equalTo("a bearer token with the role newsflow-reader is required"));
    }

    @Test
    void anExpiredReaderTokenIsRefusedWith401() {
        given().auth().oauth2(TestTokens.expired("carol", Access.READER)).when().get("/api/subjects")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("the bearer token has expired"));
    }

    @Test
    void aWriterTokenDoesNotReadWith403() {
        given().auth().oauth2(TestTokens.withRoles("ingest-bot", Access.WRITER)).when().get("/api/figures")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"))
                .body("detail", equalTo("the bearer token of ingest-bot does not have the role newsflow-reader"));
    }

    @Test
    void aReaderTokenReadsEveryList() {
        String token = TestTokens.withRoles("carol", Access.READER);
        for (String path : List.of("/api/articles", "/api/figures", "/api/subjects", "/api/stats/sentiment")) {
            given().auth().oauth2(token).when().get(path).then().statusCode(200).body("items", notNullValue());
        }
        given().auth().oauth2(token).when().get("/api/articles/no-such-article").then().statusCode(404);
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerSchemeOnEveryRead() {
        var document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"));
        for (String path : List.of("/api/articles", "/api/articles/{id}", "/api/figures", "/api/subjects",
                "/api/stats/sentiment")) {
            document.body("paths.'" + path + "'.get.security.bearer", hasItem(List.of()))
                    .body("paths.'" + path + "'.get.responses.'403'.description",
                            equalTo("The bearer token does not have the role newsflow-reader"));
        }
    }
}
