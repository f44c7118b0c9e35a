package dev.newsflow.ingest.bucket.distribution;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.config.BucketConfig;
import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.PublishedKeys;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.platform.messaging.KafkaClientSettings;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Three ingest replicas on one S3 bucket, sharing it through the key queue (on by default): each object taken once.
 * Runs with the same settings and resources as the other S3 tests, so their application is built and started once.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(S3ProxyResource.class)
class S3ScaleOutTest {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final int OBJECTS = 800;

    @Inject
    KeyQueueDistribution queue;

    @Inject
    S3Client s3;

    @Inject
    BucketConfig config;

    @Inject
    KafkaClientSettings kafka;

    @Test
    void threeReplicasTakeEachObjectOnce() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                KeyQueueReplica second = queue.replica("replica-2").start();
                KeyQueueReplica third = queue.replica("replica-3").start()) {
            // When 800 objects land in incoming/ while three replicas share the bucket
            put("scale-a", OBJECTS);

            // Then each is published exactly once and moved to processed/
            ingested.await(OBJECTS, r -> r.key().startsWith("scale-a-"), WAIT);
            Map<String, Long> published = PublishedKeys.counts(ingested.drain(Duration.ofSeconds(3)), "scale-a-");
            assertThat(published).hasSize(OBJECTS);
            assertThat(published.values()).as("events per object").allMatch(count -> count == 1);
            await().atMost(WAIT).until(() -> keys("processed/scale-a/").size() == OBJECTS);
            assertThat(keys("incoming/scale-a/")).isEmpty();
        }
    }

    @Test
    void aReplicaThatLeavesWithoutCommittingLosesNoObject() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                KeyQueueReplica second = queue.replica("replica-2").start();
                KeyQueueReplica third = queue.replica("replica-3").start()) {
            // Given three replicas at work on 800 objects
            put("scale-b", OBJECTS);
            ingested.await(OBJECTS / 5, r -> r.key().startsWith("scale-b-"), WAIT);

            // When one of them leaves without committing what it took (its takes in this JVM still finish; the hard
            // crash of a process is S3ReplicaCrashIT)
            second.kill();

            // Then every object is still published and moved
            ingested.await(OBJECTS, r -> r.key().startsWith("scale-b-"), WAIT);
            await().atMost(WAIT).until(() -> keys("processed/scale-b/").size() == OBJECTS);
            Map<String, Long> published = PublishedKeys.counts(ingested.drain(Duration.ofSeconds(3)), "scale-b-");
            assertThat(published).hasSize(OBJECTS);
            long duplicates = PublishedKeys.duplicates(published);
            System.out.printf("replica left mid-run: %d objects, %d published twice%n", OBJECTS, duplicates);
            assertThat(keys("incoming/scale-b/")).isEmpty();
        }
    }

    @Test
    void livenessIsUpWhileTheReplicaTakesKeys() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("checks.find { it.name == 'bucket-key-queue' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'bucket-key-queue' }.data.enabled", equalTo(true));
    }

    @Test
    void aReplicaWhoseThreadDiesSaysItNoLongerTakesKeysAndStopsListing() {
        // Given a replica of its own group, the lister of its topic, whose taking fails in a way it does not expect
        BucketConfig.KeyQueue own = new OwnQueue(config.s3().keyQueue());
        AtomicInteger listings = new AtomicInteger();
        KeyQueueReplica replica = new KeyQueueReplica("replica-doomed", kafka, own, Duration.ofMillis(200),
                () -> {
                    listings.incrementAndGet();
                    return List.of(new BucketEntry("doomed.md", 10));
                }, entry -> {
                    throw new IllegalStateException("unexpected");
                }).start();
        try {
            // When it takes the key its lister announced, its thread dies
            // Then it says it no longer takes keys, though nobody stopped it (what the service's liveness reports:
            // KeyQueueLivenessTest), and it lists no more, but for a listing under way when it died, so it cannot
            // announce keys beside the replica that takes partition 0 over
            await().atMost(WAIT).until(() -> !replica.isTaking());
            int listedAtDeath = listings.get();
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> listings.get() <= listedAtDeath + 1);
        } finally {
            replica.close();
        }
    }

    /** The service's key-queue settings on a topic and group of this test's own. */
    private record OwnQueue(BucketConfig.KeyQueue base) implements BucketConfig.KeyQueue {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public String topic() {
            return "ingest.bucket-keys.doomed";
        }

        @Override
        public String group() {
            return "newsflow-ingest-doomed";
        }

        @Override
        public int partitions() {
            return 1;
        }

        @Override
        public int maxInFlight() {
            return base.maxInFlight();
        }

        @Override
        public Duration sessionTimeout() {
            return base.sessionTimeout();
        }
    }

    private static void put(String folder, int count) {
        for (int i = 0; i < count; i++) {
            byte[] content = Posts.valid("Scale " + folder + " " + i).getBytes(StandardCharsets.UTF_8);
            S3ProxyResource.putDirectly("incoming/" + folder + "/post-" + i + ".md", content);
        }
    }

    private List<String> keys(String prefix) {
        return S3ProxyResource.keys(s3, prefix);
    }
}
