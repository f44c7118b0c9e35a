package dev.newsflow.ingest.bucket.distribution;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.newsflow.ingest.bucket.config.BucketConfig;
import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.service.BucketIntake;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.platform.messaging.KafkaClientSettings;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When the service's own key-queue replica dies, its liveness check says so, so that the process is restarted. */
@QuarkusTest
@TestProfile(KeyQueueLivenessTest.TakingFails.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(S3ProxyResource.class)
class KeyQueueLivenessTest {

    private static final String DOOMED = "liveness/doomed.md";

    @Test
    void livenessIsDownOnceTheReplicaHasDied() {
        // Given the service's replica, taking keys
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("checks.find { it.name == 'bucket-key-queue' }.status", equalTo("UP"));

        // When it takes a key whose taking fails in a way it does not expect, which ends its thread
        S3ProxyResource.putDirectly("incoming/" + DOOMED, Posts.valid("Doomed").getBytes(StandardCharsets.UTF_8));

        // Then liveness is DOWN because of the key queue, which no longer lists the bucket
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/live")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'bucket-key-queue' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'bucket-key-queue' }.data.enabled", equalTo(true))
                .body("checks.find { it.name == 'bucket-key-queue' }.data.lister", equalTo(false)));
    }

    /** The key queue on its own topic and group, run by {@link DoomedKeyQueue} in place of the service's own. */
    public static class TakingFails implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.bucket.s3.key-queue.topic", "ingest.bucket-keys.liveness",
                    "newsflow.bucket.s3.key-queue.group", "newsflow-ingest-liveness",
                    "quarkus.arc.exclude-types", KeyQueueDistribution.class.getName());
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(DoomedKeyQueue.class);
        }
    }

    /** The service's key queue, whose replica fails to take {@value #DOOMED} as an unexpected bug would. */
    @Alternative
    @Singleton
    static class DoomedKeyQueue extends KeyQueueDistribution {

        private final BucketConfig config;
        private final Bucket bucket;
        private final BucketIntake intake;
        private final KafkaClientSettings kafka;

        DoomedKeyQueue(BucketConfig config, BucketLocation location, Bucket bucket, BucketIntake intake,
                KafkaClientSettings kafka) {
            super(config, location, bucket, intake, kafka);
            this.config = config;
            this.bucket = bucket;
            this.intake = intake;
            this.kafka = kafka;
        }

        @Override
        public KeyQueueReplica replica(String name) {
            return new KeyQueueReplica(name, kafka, config.s3().keyQueue(), config.s3().pollInterval(),
                    bucket::listIncoming, entry -> {
                        if (entry.key().endsWith(DOOMED)) {
                            throw new IllegalStateException("unexpected");
                        }
                        return intake.take(entry);
                    });
        }
    }
}
