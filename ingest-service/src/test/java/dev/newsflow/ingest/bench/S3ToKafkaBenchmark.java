package dev.newsflow.ingest.bench;

import static org.awaitility.Awaitility.await;

import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.ingest.support.SingleS3Replica;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 objects (s3proxy on loopback) to acknowledged Kafka events with one replica, key queue off, against a plain client
 * listing and reading the same objects from the same server in the same run, and listing, reading and moving them
 * (copy and delete, as the replica moves each to {@code processed/}) on one thread and on as many as the replica's.
 * Run with {@code ./mvnw -pl ingest-service -am verify -Pbench -Dtest=S3ToKafkaBenchmark}; it prints, never asserts.
 */
@QuarkusTest
@TestProfile(SingleS3Replica.class)
@Tag("benchmark")
@WithTestResource(KafkaTestResource.class)
@WithTestResource(S3ProxyResource.class)
class S3ToKafkaBenchmark {

    private static final int OBJECTS = Integer.getInteger("bench.objects", 5_000);
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @Inject
    S3Client s3;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "newsflow.bucket.workers")
    int workers;

    @Test
    void objectsToAcknowledgedEvents() throws Exception {
        String post = Posts.resource("flow/reference.md");
        run("warm-up", 1_000, post);
        double ours = run("bench", OBJECTS, post);
        double readOnly = S3ProxyResource.listAndReadRate(s3, "processed/bench/");
        double moveOne = S3ProxyResource.listReadAndMoveRate(s3, "processed/bench/", "moved-1/", 1);
        double moveAll = S3ProxyResource.listReadAndMoveRate(s3, "moved-1/", "moved-" + workers + "/", workers);
        System.out.printf(Locale.ROOT, "%nBENCH s3->kafka: %d objects, %.0f objects/s (post of %d bytes); "
                + "a plain client on the same objects: list+get %.0f objects/s (ratio %.2f), list+get+copy+delete "
                + "%.0f objects/s on one thread (ratio %.2f) and %.0f objects/s on %d threads as the replica's workers "
                + "(ratio %.2f)%n%n", OBJECTS, ours, post.length(), readOnly, ours / readOnly, moveOne, ours / moveOne,
                moveAll, workers, ours / moveAll);
    }

    /**
     * Puts {@code count} posts into incoming/ straight into the blob store behind the S3 API (so the upload costs
     * little and the intake is what is measured); the rate from the first put to the last acknowledged event.
     */
    private double run(String name, int count, String post) throws Exception {
        double before = published();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            byte[] content = post.replace("Asian markets climb", "Asian markets climb " + i)
                    .getBytes(StandardCharsets.UTF_8);
            S3ProxyResource.putDirectly("incoming/" + name + "/post-" + i + ".md", content);
        }
        double putSeconds = (System.nanoTime() - start) / 1e9;
        await(name + ": every object published").atMost(PATIENCE).pollInterval(Duration.ofMillis(5))
                .until(() -> published() - before >= count);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d objects put in %.1f s, all published after %.1f s%n", name, count,
                putSeconds, seconds);
        return count / seconds;
    }

    private double published() {
        return registry.counter("newsflow.ingest.posts.published").count();
    }
}
