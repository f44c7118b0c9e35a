package dev.newsflow.ingest.bench;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import dev.newsflow.testsupport.kafka.TopicReader;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @Test
    void objectsToEventsWithOneTwoAndThreeReplicas() throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run ./mvnw package -DskipTests -pl ingest-service -am first");
        }
        S3ProxyResource s3 = new S3ProxyResource();
        Map<String, String> config = s3.start();
        String bootstrap = KafkaBroker.bootstrapServers();
        String post = Posts.resource("flow/reference.md");
        List<String> results = new ArrayList<>();
        try {
            for (int replicas = 1; replicas <= 3; replicas++) {
                List<Process> processes = new ArrayList<>();
                try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
                    for (int i = 0; i < replicas; i++) {
                        processes.add(start(i, replicas, config, bootstrap));
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
                    for (Process process : processes) {
                        process.destroy();
                        process.waitFor(30, TimeUnit.SECONDS);
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

    private static Process start(int index, int replicas, Map<String, String> config, String bootstrap) throws Exception {
        int port = 18_181 + index;
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).redirectErrorStream(true)
                .redirectOutput(new File("target/s3-replica-" + replicas + "-" + index + ".log"));
        Map<String, String> env = builder.environment();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("INGEST_HTTP_PORT", String.valueOf(port));
        env.put("NEWSFLOW_BUCKET_URL", config.get("newsflow.bucket.url"));
        env.put("NEWSFLOW_BUCKET_S3_KEY_QUEUE", "true");
        env.put("NEWSFLOW_S3_ENDPOINT", config.get("quarkus.s3.endpoint-override"));
        env.put("NEWSFLOW_S3_PATH_STYLE", "true");
        env.put("AWS_ACCESS_KEY_ID", config.get("quarkus.s3.aws.credentials.static-provider.access-key-id"));
        env.put("AWS_SECRET_ACCESS_KEY", config.get("quarkus.s3.aws.credentials.static-provider.secret-access-key"));
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("replica " + index + " exited; see its log in target/");
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("replica " + index + " was not ready within 60 s");
    }
}
