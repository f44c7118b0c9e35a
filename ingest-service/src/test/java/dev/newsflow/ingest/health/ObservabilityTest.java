package dev.newsflow.ingest.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class ObservabilityTest {

    @Test
    void readinessIsUpWithTheBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka' }.data.brokers", equalTo(1))
                .body("checks.find { it.name == 'bucket' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'bucket' }.data.location", containsString("newsflow-bucket-"));
    }

    @Test
    void livenessSaysTheKeyQueueIsOff() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("checks.find { it.name == 'bucket-key-queue' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'bucket-key-queue' }.data.enabled", equalTo(false));
    }

    @Test
    void metricsCountPublishedPostsAndTimeParsing() {
        // Given one post published over HTTP
        given().contentType("text/markdown").body(Posts.valid("Metrics")).queryParam("name", "metrics/one.md")
                .when().post("/api/posts").then().statusCode(202);

        // When Prometheus scrapes the service
        // Then the ingest metrics are there
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("newsflow_ingest_posts_published_total"))
                .body(containsString("newsflow_ingest_posts_rejected_total"))
                .body(containsString("newsflow_ingest_files_seen_total"))
                .body(containsString("newsflow_ingest_files_pending"))
                .body(containsString("newsflow_ingest_parse_time_seconds_count"))
                .body(containsString("newsflow_ingest_publish_time_seconds_count"));
    }

    @Test
    void openApiDescribesThePostEndpoint() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/posts'.post.responses.'202'.description", equalTo("Published to articles.ingested"))
                .body("paths.'/api/posts'.post.responses.'422'.description", containsString("rejected"));
    }
}
