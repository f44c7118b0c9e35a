package dev.newsflow.query.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** While Kafka is away but PostgreSQL answers, query-service stays ready and keeps serving the read API. */
@QuarkusTest
@TestProfile(KafkaOutageReadinessTest.NoBroker.class)
class KafkaOutageReadinessTest {

    @Test
    void readinessIsTheDatabaseOnlySoTheApiServesDuringAKafkaOutage() {
        // Given a service whose broker does not answer and whose database does (see NoBroker)
        // When its readiness is asked
        // Then it is UP on the database's check, and no check of Kafka or of a Kafka channel is DOWN
        given().when().get("/q/health/ready")
                .then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("kafka")))
                .body("checks.findAll { it.status != 'UP' }", empty());
        // And the read API answers
        given().when().get("/api/articles?limit=1")
                .then().statusCode(200);
        // And liveness is UP: the consumer waits for the broker, it did not die
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    /** Points the service at a loopback port where nothing listens, and at the test database. */
    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + freePort());
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class));
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
