package dev.newsflow.ingest;

import static io.restassured.RestAssured.given;

import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.openapi.CommittedOpenApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document ingest-service serves is the committed one that is linted and generates the Java client. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class OpenApiDocumentTest {

    @Test
    void theServedDocumentIsTheCommittedOne() {
        // Given the document the service serves
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();

        // Then it says what docs/openapi/ingest-service.yaml says
        CommittedOpenApi.check("ingest-service", served);
    }
}
