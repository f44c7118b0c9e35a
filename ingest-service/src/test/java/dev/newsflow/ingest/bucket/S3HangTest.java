package dev.newsflow.ingest.bucket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.post.domain.ArticleIds;
import dev.newsflow.ingest.support.HangingS3Resource;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.PublishedKeys;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 endpoint that accepts connections and never answers: every call gives up after a bounded time, readiness is
 * DOWN with the reason, and once the endpoint answers again every object put meanwhile is published once.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(HangingS3Resource.class)
class S3HangTest {

    private static final int OBJECTS = 5;
    /** A health answer that took longer than this would mean a call without a bound: the test client gives up. */
    private static final RestAssuredConfig BOUNDED = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 10_000));
    /** The S3 calls' attempt timeout (10 s), a retry, the poll, and the event's round trip. */
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Test
    void aHangingEndpointMakesTheServiceUnreadyAndEveryObjectIsPublishedOnceItAnswersAgain() throws IOException {
        List<String> keys = IntStream.rangeClosed(1, OBJECTS).mapToObj(i -> "hang/post-" + i + ".md").toList();
        List<String> ids = keys.stream().map(ArticleIds::fromKey).toList();
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED); S3Client direct = S3ProxyResource
                .client()) {
            // Given an S3 endpoint that accepts connections and never answers
            HangingS3Resource.proxy().stall();
            try {
                // When five posts are put into incoming/ meanwhile (straight into the store behind it)
                for (String key : keys) {
                    S3ProxyResource.putDirectly("incoming/" + key,
                            Posts.valid("Hang " + key).getBytes(StandardCharsets.UTF_8));
                }

                // Then readiness answers, DOWN because of the bucket and saying why, and liveness is UP
                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> given().config(BOUNDED).get("/q/health/ready")
                        .then().statusCode(503)
                        .body("checks.find { it.name == 'bucket' }.status", equalTo("DOWN"))
                        .body("checks.find { it.name == 'bucket' }.data.error",
                        startsWith("Cannot reach s3://newsflow: "))
                        .body("checks.find { it.name == 'bucket' }.data.error", containsString("timeout")));
                given().config(BOUNDED).get("/q/health/live").then().statusCode(200);

                // And the posts wait in incoming/
                assertThat(S3ProxyResource.keys(direct, "incoming/hang/")).hasSize(OBJECTS);
            } finally {
                // When the endpoint answers again (the connections it hung on stay silent)
                HangingS3Resource.proxy().restore();
            }

            // Then every post is published, moved to processed/, and published once
            ingested.await(OBJECTS, r -> ids.contains(r.key()), RECOVERY);
            await().atMost(RECOVERY).until(() -> S3ProxyResource.keys(direct, "processed/hang/").size() == OBJECTS);
            assertThat(S3ProxyResource.keys(direct, "incoming/hang/")).isEmpty();
            Map<String, Long> counts = PublishedKeys.counts(ingested.drain(Duration.ofSeconds(1)), "hang-");
            assertThat(counts).as("events per post").hasSize(OBJECTS)
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));

            // And readiness is UP again
            await().atMost(RECOVERY)
                    .untilAsserted(() -> given().config(BOUNDED).get("/q/health/ready").then().statusCode(200));
        }
    }
}
