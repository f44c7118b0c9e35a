package dev.newsflow.ingest.bench;

import static org.awaitility.Awaitility.await;

import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Folder to acknowledged Kafka events, against the raw rate of a plain producer sending the same payloads to the
 * same broker in the same run. Run with {@code ./mvnw -pl ingest-service -am verify -Pbench}; it prints, never asserts.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class FolderToKafkaBenchmark {

    private static final int FILES = Integer.getInteger("bench.files", 20_000);
    private static final int WARM_UP = 2_000;
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @Inject
    FolderBucket bucket;

    @Inject
    MeterRegistry registry;

    @Test
    void folderToAcknowledgedEvents() throws Exception {
        String post = Posts.resource("flow/reference.md");
        runFolder("warm-up", WARM_UP, post);
        double raw = rawProducerRate(FILES, post);
        double ours = runFolder("bench", FILES, post);
        System.out.printf(Locale.ROOT, "%nBENCH folder->kafka: %d files, %.0f files/s; raw producer %.0f msgs/s; "
                + "ratio %.2f (post of %d bytes)%n%n", FILES, ours, raw, ours / raw, post.length());
    }

    private double runFolder(String name, int count, String post) throws Exception {
        Path staging = bucket.processed().getParent().resolve("staging-" + name);
        for (int i = 0; i < count; i++) {
            Posts.drop(staging, name + "/post-" + i + ".md",
                    post.replace("Asian markets climb", "Asian markets climb " + i));
        }
        Thread.sleep(300);
        double before = published();
        long start = System.nanoTime();
        Files.move(staging.resolve(name), bucket.incoming().resolve(name));
        await(name + ": every file published").atMost(PATIENCE).pollInterval(Duration.ofMillis(5))
                .until(() -> published() - before >= count);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private double published() {
        return registry.counter("newsflow.ingest.posts.published").count();
    }

    private static double rawProducerRate(int count, String post) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        byte[] payload = post.getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            List<Future<?>> acks = new ArrayList<>(count);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                acks.add(producer.send(new ProducerRecord<>("bench.raw", "post-" + i, payload)));
            }
            for (Future<?> ack : acks) {
                ack.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }
}
