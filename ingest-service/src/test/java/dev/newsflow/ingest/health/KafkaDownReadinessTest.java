package dev.newsflow.ingest.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.newsflow.ingest.support.Ports;
import dev.newsflow.ingest.support.TempBucketResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(KafkaDownReadinessTest.NoBroker.class)
class KafkaDownReadinessTest {

    @Test
    void readinessIsDownWhileKafkaIsUnreachableButTheServiceIsAlive() {
        // Given a service whose broker does not answer (see NoBroker)
        // When its health is asked
        // Then readiness is DOWN because of Kafka, and the id claims cannot be read, and liveness is UP
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'kafka' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'kafka' }.data.reason",
                startsWith("Kafka did not answer within 2000 ms"))
                .body("checks.find { it.name == 'article-ids' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'article-ids' }.data.reason", anyOf(
                        equalTo("reading the id claims: 0 records read"),
                        startsWith("cannot read the id-claim topic articles.ids: ")));
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    /** Points the service at a loopback port where nothing listens. */
    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + Ports.free());
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TempBucketResource.class));
        }
    }
}
