package dev.newsflow.ingest.bucket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Three ingest replicas on one S3 bucket, sharing it through the key queue: each object taken once. */
@QuarkusTest
@TestProfile(S3ScaleOutTest.KeyQueueOn.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(S3ProxyResource.class)
class S3ScaleOutTest {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final int OBJECTS = 2_000;

    /** The key queue on, with its own topic and group. */
    public static class KeyQueueOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.bucket.s3.key-queue.enabled", "true",
                    "newsflow.bucket.s3.key-queue.topic", "ingest.bucket-keys.test",
                    "newsflow.bucket.s3.key-queue.group", "newsflow-ingest-test");
        }
    }

    @Inject
    S3KeyQueue queue;

    @Inject
    S3Client s3;

    @Test
    void threeReplicasTakeEachObjectOnce() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                KeyQueueReplica second = queue.replica("replica-2").start();
                KeyQueueReplica third = queue.replica("replica-3").start()) {
            // When 2,000 objects land in incoming/ while three replicas share the bucket
            put("scale-a", OBJECTS);

            // Then each is published exactly once and moved to processed/
            ingested.await(OBJECTS, r -> r.key().startsWith("scale-a-"), WAIT);
            Map<String, Long> published = counts(ingested.drain(Duration.ofSeconds(3)), "scale-a-");
            assertThat(published).hasSize(OBJECTS);
            assertThat(published.values()).as("events per object").allMatch(count -> count == 1);
            await().atMost(WAIT).until(() -> keys("processed/scale-a/").size() == OBJECTS);
            assertThat(keys("incoming/scale-a/")).isEmpty();
        }
    }

    @Test
    void aReplicaKilledMidRunCostsAtMostItsUncommittedObjects() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                KeyQueueReplica second = queue.replica("replica-2").start();
                KeyQueueReplica third = queue.replica("replica-3").start()) {
            // Given three replicas at work on 2,000 objects
            put("scale-b", OBJECTS);
            ingested.await(OBJECTS / 5, r -> r.key().startsWith("scale-b-"), WAIT);

            // When one of them dies without committing what it took
            second.kill();

            // Then every object is still published and moved, and the duplicates are at most one poll of the dead one
            ingested.await(OBJECTS, r -> r.key().startsWith("scale-b-"), WAIT);
            await().atMost(WAIT).until(() -> keys("processed/scale-b/").size() == OBJECTS);
            Map<String, Long> published = counts(ingested.drain(Duration.ofSeconds(3)), "scale-b-");
            assertThat(published).hasSize(OBJECTS);
            long duplicates = published.values().stream().mapToLong(count -> count - 1).sum();
            System.out.printf("replica killed mid-run: %d objects, %d published twice%n", OBJECTS, duplicates);
            assertThat(duplicates).isLessThanOrEqualTo(200);
            assertThat(keys("incoming/scale-b/")).isEmpty();
        }
    }

    @Test
    void livenessFollowsTheReplicaThread() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("checks.find { it.name == 'bucket-key-queue' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'bucket-key-queue' }.data.enabled", equalTo(true));
        KeyQueueReplica replica = queue.replica("replica-probe").start();
        assertThat(replica.isTaking()).isTrue();
        replica.close();
        assertThat(replica.isTaking()).as("a stopped replica says so").isFalse();
    }

    private static void put(String folder, int count) {
        for (int i = 0; i < count; i++) {
            byte[] content = Posts.valid("Scale " + folder + " " + i).getBytes(StandardCharsets.UTF_8);
            S3ProxyResource.putDirectly("incoming/" + folder + "/post-" + i + ".md", content);
        }
    }

    private List<String> keys(String prefix) {
        return s3.listObjectsV2Paginator(r -> r.bucket(S3ProxyResource.BUCKET).prefix(S3ProxyResource.PREFIX + prefix))
                .contents().stream().map(S3Object::key).toList();
    }

    private static Map<String, Long> counts(List<ConsumerRecord<String, String>> records, String prefix) {
        return records.stream().map(ConsumerRecord::key).filter(key -> key.startsWith(prefix))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
