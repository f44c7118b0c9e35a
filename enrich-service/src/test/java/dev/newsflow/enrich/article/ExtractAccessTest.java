package dev.newsflow.enrich.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsflow.enrich.support.LoopbackPagesResource;
import dev.newsflow.testsupport.auth.AccessControlOn;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/extract} reads and changes nothing of the pipeline, so it is a read: with access control on but
 * reads left open, it needs no token, and the OpenAPI document asks for none.
 */
@QuarkusTest
@TestProfile(AccessControlOn.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(LoopbackPagesResource.class)
class ExtractAccessTest {

    @Test
    void extractNeedsNoTokenWhileReadsAreOpen() {
        given().contentType("text/plain").body("The Nasdaq rose 2.18% to 23,031.21 on Friday.")
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("figures[0].subject", equalTo("Nasdaq Composite"));
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/extract'.post.security", nullValue())
                .body("paths.'/api/extract'.post.'x-newsflow-role'", equalTo("newsflow-reader"))
                .body("components.securitySchemes", nullValue());
    }
}
