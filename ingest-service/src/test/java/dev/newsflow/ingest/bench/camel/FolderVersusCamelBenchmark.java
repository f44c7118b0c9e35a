package dev.newsflow.ingest.bench.camel;

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
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Folder to acknowledged Kafka events, Newsflow (parsing and validating every post) against a plain Apache Camel 4
 * file-to-Kafka route ({@link CamelFileToKafka}) on the same broker in the same run: the same posts renamed into each
 * one's {@code incoming/} at once, in alternating order, round after round; with the CPU time the whole test JVM
 * (broker included) spent per file. Run with
 * {@code ./mvnw -pl ingest-service -am verify -Pbench -Dtest=FolderVersusCamelBenchmark}; it prints, never asserts.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class FolderVersusCamelBenchmark {

    private static final int FILES = Integer.getInteger("bench.files", 20_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int CAMEL_THREADS = Integer.getInteger("bench.camel.threads", 4);
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 20_000);
    private static final String CAMEL_TOPIC = "bench.camel";
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @Inject
    FolderBucket bucket;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "newsflow.bucket.settle-time")
    Duration settleTime;

    @Test
    void folderAgainstCamel() throws Exception {
        String post = Posts.resource("flow/reference.md");
        KafkaBroker.ensurePartitions(CAMEL_TOPIC, 3);
        Path camelRoot = bucket.processed().getParent().resolveSibling(bucket.processed().getParent().getFileName()
                + "-camel");
        try (CamelFileToKafka camel = CamelFileToKafka.start(camelRoot, KafkaBroker.bootstrapServers(), CAMEL_TOPIC,
                CAMEL_THREADS, settleTime.toMillis())) {
            LongSupplier published = () -> (long) registry.counter("newsflow.ingest.posts.published").count();
            rate(bucket.incoming(), published, "newsflow-warm-up", WARM_UP, post);
            rate(camel.incoming(), camel::acknowledged, "camel-warm-up", WARM_UP, post);
            double ourTotal = 0;
            double theirTotal = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                boolean oursFirst = round % 2 == 1;
                Run theirs = oursFirst ? null : rate(camel.incoming(), camel::acknowledged, "camel-" + round, FILES,
                        post);
                Run ours = rate(bucket.incoming(), published, "newsflow-" + round, FILES, post);
                if (oursFirst) {
                    theirs = rate(camel.incoming(), camel::acknowledged, "camel-" + round, FILES, post);
                }
                System.out.printf(Locale.ROOT, "%nBENCH round %d: newsflow %.0f files/s (%.0f us CPU/file), "
                        + "camel %.0f files/s (%.0f us CPU/file), ratio %.2f%n", round, ours.filesPerSecond(),
                        ours.cpuMicrosPerFile(), theirs.filesPerSecond(), theirs.cpuMicrosPerFile(),
                        ours.filesPerSecond() / theirs.filesPerSecond());
                ourTotal += ours.filesPerSecond();
                theirTotal += theirs.filesPerSecond();
            }
            System.out.printf(Locale.ROOT, "%nBENCH folder->kafka vs camel: %d rounds of %d files of %d bytes; "
                    + "newsflow %.0f files/s, camel %.0f files/s (means); ratio %.2f%n%n", ROUNDS, FILES,
                    post.length(), ourTotal / ROUNDS, theirTotal / ROUNDS, ourTotal / theirTotal);
        }
    }

    /** Files per second from renaming {@code count} posts into {@code incoming} at once to their last ack. */
    private static Run rate(Path incoming, LongSupplier acknowledged, String name, int count, String post)
            throws Exception {
        Path staging = incoming.getParent().resolve("staging-" + name);
        for (int i = 0; i < count; i++) {
            Posts.drop(staging, name + "/post-" + i + ".md",
                    post.replace("Asian markets climb", "Asian markets climb " + i));
        }
        Thread.sleep(300);
        long before = acknowledged.getAsLong();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        Files.move(staging.resolve(name), incoming.resolve(name));
        await(name + ": every file acknowledged").atMost(PATIENCE).pollInterval(Duration.ofMillis(5))
                .until(() -> acknowledged.getAsLong() - before >= count);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(count / seconds, (cpuNanos() - cpuBefore) / 1e3 / count);
    }

    private static long cpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
    }

    /** One timed drop: its rate, and the CPU time of the test JVM per file meanwhile. */
    private record Run(double filesPerSecond, double cpuMicrosPerFile) {
    }
}
