package dev.newsflow.ingest.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.newsflow.ingest.support.Ports;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An unreachable S3 bucket makes the service unready, with the reason, but not dead. */
@QuarkusTest
@TestProfile(S3DownReadinessTest.NoS3.class)
class S3DownReadinessTest {

    @Test
    void readinessIsDownWhileTheBucketIsUnreachableButTheServiceIsAlive() {
        // Given a service whose S3 endpoint does not answer (see NoS3), with Kafka up
        // When its health is asked
        // Then readiness is DOWN because of the bucket, naming it, and liveness is UP
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'bucket' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'bucket' }.data.location", equalTo("s3://newsflow/team-a/"))
                .body("checks.find { it.name == 'bucket' }.data.error", startsWith("Cannot reach s3://newsflow: "));
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    /** An S3 bucket on a loopback port where nothing listens. */
    public static class NoS3 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "newsflow.bucket.url", "s3://newsflow/team-a/",
                    "quarkus.s3.endpoint-override", "http://127.0.0.1:" + Ports.free(),
                    "quarkus.s3.path-style-access", "true",
                    "quarkus.s3.aws.credentials.type", "static",
                    "quarkus.s3.aws.credentials.static-provider.access-key-id", "newsflow-test",
                    "quarkus.s3.aws.credentials.static-provider.secret-access-key", "newsflow-test-secret");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaTestResource.class));
        }
    }
}
