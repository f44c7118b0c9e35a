package dev.newsflow.ingest.bench;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.ReplicaProcess;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import dev.newsflow.testsupport.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One, two and three ingest-service processes (the packaged jar) sharing one S3 bucket through the key queue:
 * s3proxy and the KRaft broker run in this JVM, the replicas in their own. Needs {@code ./mvnw package} first; run
 * with {@code ./mvnw -pl ingest-service -am verify -Pbench -Dtest=S3ReplicasBenchmark}; it prints, never asserts.
 */
@Tag("benchmark")
class S3ReplicasBenchmark {

    private static final int OBJECTS = Integer.getInteger("bench.objects", 5_000);

    @Test
    void objectsToEventsWithOneTwoAndThreeReplicas() throws Exception {
        S3ProxyResource s3 = new S3ProxyResource();
        Map<String, String> config = s3.start();
        String bootstrap = KafkaBroker.bootstrapServers();
        String post = Posts.resource("flow/reference.md");
        List<String> results = new ArrayList<>();
        try {
            for (int replicas = 1; replicas <= 3; replicas++) {
                List<ReplicaProcess> processes = new ArrayList<>();
                try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
                    for (int i = 0; i < replicas; i++) {
                        processes.add(ReplicaProcess.start("s3-replica-" + replicas + "-" + i, 18_181 + i, config,
                                bootstrap, Map.of()));
                    }
                    String folder = "replicas-" + replicas;
                    long start = System.nanoTime();
                    for (int i = 0; i < OBJECTS; i++) {
                        byte[] content = post.replace("Asian markets climb", "Asian markets climb " + replicas + "-" + i)
                                .getBytes(StandardCharsets.UTF_8);
                        S3ProxyResource.putDirectly("incoming/" + folder + "/post-" + i + ".md", content);
                    }
                    List<ConsumerRecord<String, String>> events = ingested.await(OBJECTS,
                            r -> r.key().startsWith(folder + "-"), Duration.ofMinutes(10));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    Set<String> distinct = new HashSet<>();
                    events.forEach(e -> distinct.add(e.key()));
                    results.add(String.format(Locale.ROOT, "%d replica(s): %d objects in %.1f s, %.0f objects/s, %d duplicates",
                            replicas, OBJECTS, seconds, OBJECTS / seconds, events.size() - distinct.size()));
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
}
