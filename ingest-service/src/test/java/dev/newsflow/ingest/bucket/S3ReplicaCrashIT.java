package dev.newsflow.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.support.Ports;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.PublishedKeys;
import dev.newsflow.ingest.support.ReplicaProcess;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import dev.newsflow.testsupport.kafka.TopicReader;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Three ingest-service processes (the packaged jar) share one S3 bucket through the key queue, and one of them is
 * killed with SIGKILL in the middle of the work: every object is still published and moved, and no more objects are
 * published twice than the dead replica was taking at once.
 */
class S3ReplicaCrashIT {

    private static final int OBJECTS = 800;
    private static final int MAX_IN_FLIGHT = 100;
    private static final Duration WAIT = Duration.ofMinutes(4);

    private static final S3ProxyResource S3_PROXY = new S3ProxyResource();
    private static Map<String, String> s3Config;
    private static S3Client s3;

    @BeforeAll
    static void startS3() {
        s3Config = S3_PROXY.start();
        s3 = S3ProxyResource.client();
    }

    @AfterAll
    static void stopS3() {
        s3.close();
        S3_PROXY.stop();
    }

    @Test
    void aReplicaKilledMidObjectCostsAtMostItsInFlightObjects() throws Exception {
        String bootstrap = KafkaBroker.bootstrapServers();
        Map<String, String> env = Map.of("NEWSFLOW_BUCKET_S3_KEY_MAX_IN_FLIGHT", String.valueOf(MAX_IN_FLIGHT),
                "NEWSFLOW_BUCKET_S3_KEY_SESSION_TIMEOUT", "8s");
        List<ReplicaProcess> replicas = new ArrayList<>();
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            for (int i = 0; i < 3; i++) {
                replicas.add(ReplicaProcess.start("crash-replica-" + i, Ports.free(), s3Config, bootstrap, env));
            }
            // Given three replica processes at work on 800 objects
            for (int i = 0; i < OBJECTS; i++) {
                byte[] content = Posts.valid("Crash " + i).getBytes(StandardCharsets.UTF_8);
                S3ProxyResource.putDirectly("incoming/crash/post-" + i + ".md", content);
            }
            ingested.await(OBJECTS / 4, r -> r.key().startsWith("crash-"), WAIT);

            // When one that is not the lister is killed with SIGKILL, objects half-taken and offsets uncommitted
            // (a dead lister would make its successor announce every key again, which would hide lost keys)
            ReplicaProcess victim = replicas.stream().filter(replica -> !replica.isLister()).findFirst().orElseThrow();
            assertThat(keys("incoming/crash/")).as("objects still to take when the replica dies").isNotEmpty();
            victim.crash();

            // Then every object is still published and moved, each at least once
            ingested.await(OBJECTS, r -> r.key().startsWith("crash-"), WAIT);
            await().atMost(WAIT).until(() -> keys("processed/crash/").size() == OBJECTS);
            assertThat(keys("incoming/crash/")).isEmpty();
            Map<String, Long> published = PublishedKeys.counts(ingested.drain(Duration.ofSeconds(5)), "crash-");
            assertThat(published).hasSize(OBJECTS);

            // And the objects published twice are no more than the dead replica could take at once
            long duplicates = PublishedKeys.duplicates(published);
            System.out.printf("replica killed with SIGKILL mid-run: %d objects, %d published twice%n", OBJECTS,
                    duplicates);
            assertThat(duplicates).isLessThanOrEqualTo(MAX_IN_FLIGHT);

            // And the replicas that stay are live and still take keys, and one of them lists the bucket
            List<ReplicaProcess> survivors = replicas.stream().filter(replica -> replica != victim).toList();
            for (ReplicaProcess survivor : survivors) {
                HttpResponse<String> live = survivor.liveness();
                assertThat(live.statusCode()).as("liveness of a survivor").isEqualTo(200);
                assertThat(keyQueueCheck(live.body()).get("status").asText()).isEqualTo("UP");
            }
            assertThat(survivors).filteredOn(ReplicaProcess::isLister).hasSize(1);
        } finally {
            for (ReplicaProcess replica : replicas) {
                replica.close();
            }
        }
    }

    private static JsonNode keyQueueCheck(String liveness) throws IOException {
        for (JsonNode check : new ObjectMapper().readTree(liveness).get("checks")) {
            if (check.get("name").asText().equals("bucket-key-queue")) {
                return check;
            }
        }
        throw new AssertionError("no bucket-key-queue check in " + liveness);
    }

    private static List<String> keys(String prefix) {
        return S3ProxyResource.keys(s3, prefix);
    }
}
