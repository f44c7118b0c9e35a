package dev.newsflow.ingest.bench;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.PublishedKeys;
import dev.newsflow.ingest.support.ReplicaProcess;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import dev.newsflow.testsupport.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One, two and three ingest-service processes (the packaged jar) sharing one S3 bucket through the key queue:
 * s3proxy and the KRaft broker run in this JVM, the replicas in their own. Each round follows a warm-up round, and
 * its baselines are a plain client listing and reading the same objects from the same server in the same run, then
 * listing, reading, copying and deleting them (the three calls a replica makes for each object). Needs
 * {@code ./mvnw package} first; run
 * with {@code ./mvnw -pl ingest-service -am verify -Pbench -Dtest=S3ReplicasBenchmark}; it prints, never asserts.
 */
@Tag("benchmark")
class S3ReplicasBenchmark {

    private static final int OBJECTS = Integer.getInteger("bench.objects", 5_000);
    private static final int WARM_UP = 1_000;
    private static final int MAX_REPLICAS = Integer.getInteger("bench.replicas", 3);

    @Test
    void objectsToEventsWithOneTwoAndThreeReplicas() throws Exception {
        S3ProxyResource s3 = new S3ProxyResource();
        Map<String, String> config = s3.start();
        String bootstrap = KafkaBroker.bootstrapServers();
        String post = Posts.resource("flow/reference.md");
        List<String> results = new ArrayList<>();
        try (S3Client client = S3ProxyResource.client()) {
            for (int replicas = 1; replicas <= MAX_REPLICAS; replicas++) {
                List<ReplicaProcess> processes = new ArrayList<>();
                try {
                    for (int i = 0; i < replicas; i++) {
                        processes.add(ReplicaProcess.start("s3-replica-" + replicas + "-" + i, 18_181 + i, config,
                                bootstrap, Map.of()));
                    }
                    round("warm-up-" + replicas, WARM_UP, post);
                    String folder = "replicas-" + replicas;
                    String round = round(folder, OBJECTS, post);
                    double baseline = S3ProxyResource.listAndReadRate(client, "processed/" + folder + "/");
                    double moves = S3ProxyResource.listReadAndMoveRate(client, "processed/" + folder + "/",
                            "moved/" + folder + "/", 1);
                    results.add(String.format(Locale.ROOT, "%d replica(s): %s; a plain client on the same objects: "
                            + "list+get %.0f objects/s, list+get+copy+delete %.0f objects/s", replicas, round,
                            baseline, moves));
                } finally {
                    for (ReplicaProcess process : processes) {
                        process.close();
                    }
                }
            }
        } finally {
            s3.stop();
        }
        System.out.println();
        results.forEach(line -> System.out.println("BENCH s3 replicas: " + line));
        System.out.println();
    }

    /** Puts {@code count} posts into {@code incoming/<folder>/} and waits for their events: the rate and duplicates. */
    private static String round(String folder, int count, String post) {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                byte[] content = post.replace("Asian markets climb", "Asian markets climb " + folder + "-" + i)
                        .getBytes(StandardCharsets.UTF_8);
                S3ProxyResource.putDirectly("incoming/" + folder + "/post-" + i + ".md", content);
            }
            List<ConsumerRecord<String, String>> events = ingested.await(count, r -> r.key().startsWith(folder + "-"),
                    Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - start) / 1e9;
            return String.format(Locale.ROOT, "%d objects in %.1f s, %.0f objects/s, %d duplicates", count, seconds,
                    count / seconds, PublishedKeys.duplicates(PublishedKeys.counts(events, folder + "-")));
        }
    }
}
