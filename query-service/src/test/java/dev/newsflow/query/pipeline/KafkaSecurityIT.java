package dev.newsflow.query.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three services, run from their packaged applications, work through a broker listener that takes only
 * SCRAM-SHA-512 users, given nothing but the {@code KAFKA_*} variables of their user; with a wrong password each
 * says why (ingest and enrich are not ready; query-service keeps serving reads and is not well).
 */
class KafkaSecurityIT {

    private static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "query-service");
    private static final Duration START = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The in-JVM broker says only what goes wrong (held here, so the levels stay set). */
    private static final List<Logger> BROKER_LOGS = Stream.of("org.apache.kafka", "kafka", "state.change.logger")
            .map(Logger::getLogger).toList();

    @BeforeAll
    static void quietBroker() {
        BROKER_LOGS.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    @Test
    void aPostDroppedIntoIngestIsServedByQueryThroughTheScramListener() throws Exception {
        // Given a SCRAM user per service, and the services started with their users' settings
        Path bucket = Files.createTempDirectory("newsflow-sasl-bucket-");
        Map<String, ServiceProcess> services = start(bucket, service -> "secret-of-" + service);
        try {
            services.values().forEach(service ->
                    await().atMost(START).until(() -> status(service, "/q/health/ready") == 200));

            // When a post is dropped into ingest's bucket (written, then renamed)
            String id = "sasl-" + UUID.randomUUID().toString().substring(0, 8);
            Path incoming = Files.createDirectories(bucket.resolve("incoming"));
            Path part = Files.writeString(incoming.resolve(id + ".md.part"), post());
            Files.move(part, incoming.resolve(id + ".md"), StandardCopyOption.ATOMIC_MOVE);

            // Then query-service serves it, enriched with its figure
            ServiceProcess query = services.get("query-service");
            await().atMost(Duration.ofSeconds(60)).until(() -> query.get("/api/articles/" + id).statusCode() == 200);
            JsonNode article = JSON.readTree(query.get("/api/articles/" + id).body());
            assertThat(article.get("title").asText()).isEqualTo("Gold climbs to a record through a locked door");
            assertThat(article.get("revision").asInt()).isEqualTo(1);
            assertThat(article.get("figures")).singleElement().satisfies(figure -> {
                assertThat(figure.get("subject").asText()).isEqualTo("Gold");
                assertThat(figure.get("changePercent").asDouble()).isEqualTo(1.2);
            });
        } finally {
            stop(services);
        }
    }

    @Test
    void withAWrongPasswordEachServiceSaysKafkaRefusedItsCredentials() throws Exception {
        // Given the users exist, When each service is started with a wrong password
        Map<String, ServiceProcess> services = start(Files.createTempDirectory("newsflow-sasl-bucket-"),
                service -> "not-the-secret");
        try {
            // Then ingest and enrich are not ready, and their Kafka check says why
            for (String name : List.of("ingest-service", "enrich-service")) {
                ServiceProcess service = services.get(name);
                await().atMost(START).until(() -> status(service, "/q/health/ready") == 503);
                assertRefused(kafkaCheck(service, "/q/health/ready"));
            }
            // And query-service stays ready (its read API serves without Kafka) but is not well, and says why
            ServiceProcess query = services.get("query-service");
            await().atMost(START).until(() -> status(query, "/q/health/well") == 503);
            assertThat(status(query, "/q/health/ready")).isEqualTo(200);
            assertRefused(kafkaCheck(query, "/q/health/well"));
        } finally {
            stop(services);
        }
    }

    private static void assertRefused(JsonNode kafka) {
        assertThat(kafka.get("status").asText()).isEqualTo("DOWN");
        assertThat(kafka.at("/data/reason").asText()).isEqualTo("Kafka refused this service's credentials: "
                + "Authentication failed during authentication due to invalid credentials with SASL mechanism "
                + "SCRAM-SHA-512");
    }

    /** Creates each service's user with its right password and starts it with {@code password}. */
    private static Map<String, ServiceProcess> start(Path bucket, UnaryOperator<String> password) {
        PostgresTestResource.createIfMissing();
        Map<String, ServiceProcess> services = new HashMap<>();
        for (String service : SERVICES) {
            String user = "newsflow-" + service.substring(0, service.indexOf('-'));
            KafkaBroker.addScramUser(user, "secret-of-" + service);
            Map<String, String> env = new HashMap<>();
            KafkaBroker.scramClientSettings(user, password.apply(service)).forEach((name, value) ->
                    env.put("KAFKA_" + name.toUpperCase(Locale.ROOT).replace('.', '_'), value));
            env.put("NEWSFLOW_BUCKET_PATH", bucket.toString());
            env.put("NEWSFLOW_BUCKET_SETTLE_TIME", "50ms");
            env.put("NEWSFLOW_ENRICH_FETCH_ENABLED", "false");
            env.put("PGHOST", PostgresTestResource.HOST);
            env.put("PGPORT", PostgresTestResource.PORT);
            env.put("PGDATABASE", PostgresTestResource.DATABASE);
            services.put(service, ServiceProcess.start(service, "sasl-" + service, env));
        }
        return services;
    }

    private static void stop(Map<String, ServiceProcess> services) throws InterruptedException {
        for (ServiceProcess service : services.values()) {
            service.close();
        }
    }

    private static int status(ServiceProcess service, String health) {
        HttpResponse<String> answer = service.get(health);
        return answer == null ? -1 : answer.statusCode();
    }

    private static JsonNode kafkaCheck(ServiceProcess service, String health) throws IOException {
        for (JsonNode check : JSON.readTree(service.get(health).body()).get("checks")) {
            if ("kafka".equals(check.get("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no kafka check in " + health + " of " + service.uri());
    }

    private static String post() {
        return """
                ---
                title: "Gold climbs to a record through a locked door"
                category: "Commodities"
                date: 2026-03-02 17:40:00
                ---

                Gold rose 1.2% to a record as the dollar slipped.
                """;
    }
}
