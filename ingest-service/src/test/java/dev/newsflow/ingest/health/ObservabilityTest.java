package dev.newsflow.ingest.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.metrics.PrometheusText;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class ObservabilityTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String FILES_SEEN = "newsflow_ingest_files_seen_total";
    private static final String PUBLISHED = "newsflow_ingest_posts_published_total";
    private static final String REJECTED = "newsflow_ingest_posts_rejected_total";
    private static final String PARSE_TIMES = "newsflow_ingest_parse_time_seconds_count";
    private static final String PUBLISH_TIMES = "newsflow_ingest_publish_time_seconds_count";

    @Inject
    FolderBucket bucket;

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
    void metricsCountFilesPostsAndTheirTimings() {
        // Given the metrics as they stand
        Map<String, Double> before = metrics();

        // When a good and a bad post come over HTTP and a good one is dropped into incoming/
        given().contentType("text/markdown").body(Posts.valid("Metrics")).queryParam("name", "metrics/good.md")
                .when().post("/api/posts").then().statusCode(202);
        given().contentType("text/markdown").body("No front matter.\n").queryParam("name", "metrics/bad.md")
                .when().post("/api/posts").then().statusCode(422);
        Posts.drop(bucket.incoming(), "metrics/dropped.md", Posts.valid("Metrics dropped"));

        // Then Prometheus counts one file seen, two posts published and one rejected, three parses and two publishes
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(moved(before, metrics())).containsExactlyInAnyOrderEntriesOf(
                Map.of(FILES_SEEN, 1.0, PUBLISHED, 2.0, REJECTED, 1.0, PARSE_TIMES, 3.0, PUBLISH_TIMES, 2.0)));
    }

    @Test
    void openApiDescribesThePostEndpoint() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/posts'.post.responses.'202'.description", equalTo("Published to articles.ingested"))
                .body("paths.'/api/posts'.post.responses.'422'.description", containsString("rejected"));
    }

    /** The ingest counters and timer counts, as Prometheus scrapes them. */
    private static Map<String, Double> metrics() {
        String scraped = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> values = new HashMap<>();
        for (String name : List.of(FILES_SEEN, PUBLISHED, REJECTED, PARSE_TIMES, PUBLISH_TIMES)) {
            values.put(name, PrometheusText.sum(scraped, name));
        }
        return values;
    }

    private static Map<String, Double> moved(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> moves = new HashMap<>();
        after.forEach((name, value) -> moves.put(name, value - before.get(name)));
        return moves;
    }
}
