package dev.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.Topics;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on a small real setup: the services are stand-in processes, Kafka the test broker, PostgreSQL the
 * local server (the test database).
 */
class StackCommandsTest {

    @TempDir
    Path folder;

    private TestStack stack;

    @BeforeEach
    void setUp() throws Exception {
        stack = new TestStack(folder, Map.of());
        TestStack.Run up = stack.run("up", "--samples");
        assertThat(up.exit()).as(up.all()).isZero();
        assertThat(up.out()).contains("postgres: database " + stack.env.get("PGDATABASE"),
                "query-service: starting", "samples: dropped 2 file(s) from samples/", "Newsflow is up (");
    }

    @AfterEach
    void tearDown() {
        stack.killLeftovers();
    }

    @Test
    void upStartsEachServiceOnceAndDropsTheSamples() {
        TestStack.Run again = stack.run("up");

        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("ingest-service: already running", "health UP)", "kafka: topics present")
                .doesNotContain("starting");
        assertThat(stack.running()).hasSize(3).allSatisfy(service -> assertThat(service.info().arguments())
                .as("the services' default JVM options").hasValueSatisfying(args -> assertThat(args)
                        .contains("-XX:+UseSerialGC").containsAnyElementsOf(Settings.SERVICE_MAX_HEAPS.values())));
        assertThat(stack.home.resolve("bucket/incoming/one.md")).exists();
        assertThat(stack.home.resolve("bucket/incoming/2026/two.md")).exists();
    }

    @Test
    void statusShowsEachComponentAndItsHealth() {
        TestStack.Run run = stack.run("status");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out().lines()).first().asString().matches("COMPONENT +PID +STATE +PORT +HEALTH");
        assertThat(run.out()).containsPattern("kafka +- +external .* answers")
                .containsPattern("postgres +- +external +\\d+ +127.0.0.1:\\d+ answers \\(not managed here\\)")
                .containsPattern("query-service +\\d+ +running +" + stack.port("query-service") + " +UP  http://localhost:")
                .contains("state: " + stack.home);
    }

    @Test
    void downStopsEverythingAndStatusSaysSo() throws Exception {
        TestStack.Run down = stack.run("down");

        assertThat(down.exit()).isZero();
        assertThat(down.out()).contains("query-service: stopping (pid", "stopped; data kept in " + stack.home);
        assertThat(stack.running()).isEmpty();
        try (var archives = Files.list(stack.home.resolve("class-data"))) {
            assertThat(archives.map(a -> a.getFileName().toString().replaceFirst("-[0-9a-f]{16}\\.jsa$", "")))
                    .as("each service wrote the class-data archive of its first run when it stopped")
                    .containsExactlyInAnyOrder("ingest-service", "enrich-service", "query-service");
        }
        TestStack.Run status = stack.run("status");
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.out()).containsPattern("ingest-service +- +stopped");
        assertThat(stack.run("down").out()).doesNotContain("stopping");
    }

    @Test
    void cleanStopsEverythingAndRemovesTheStateFolder() throws Exception {
        TestStack.Run clean = stack.run("clean");

        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).contains("stopped; data kept", "removed " + stack.home);
        assertThat(stack.running()).isEmpty();
        assertThat(stack.home).doesNotExist();
        assertThat(stack.run("clean").out()).contains("nothing to clean");
    }

    @Test
    void cleanRefusesAFolderItDidNotMake() throws Exception {
        Path other = folder.resolve("precious");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notes.txt"), "keep me");
        stack.env.put("NEWSFLOW_HOME", other.toString());

        TestStack.Run clean = stack.run("clean");

        assertThat(clean.exit()).isEqualTo(1);
        assertThat(clean.err())
                .contains(other + " was not created by bin/newsflow (no .newsflow-home in it); not removing it");
        assertThat(other.resolve("notes.txt")).exists();
    }

    @Test
    void logsShowsTheLastLinesOfEachLog() {
        TestStack.Run one = stack.run("logs", "-n", "1", "query-service");
        TestStack.Run all = stack.run("logs");
        TestStack.Run missing = stack.run("logs", "nonesuch");

        assertThat(one.out()).startsWith("stand-in query-service listening on " + stack.port("query-service"));
        assertThat(one.out().lines()).hasSize(1);
        assertThat(all.out()).contains("==> " + stack.home.resolve("logs/ingest-service.log") + " <==",
                "stand-in enrich-service listening");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no log 'nonesuch' in " + stack.home.resolve("logs"),
                "(there are: enrich-service ingest-service query-service)");
    }

    @Test
    void dropWritesThePostIntoIncoming() throws Exception {
        Path post = folder.resolve("gold.md");
        Files.writeString(post, "---\ntitle: Gold\ndate: 2026-03-02 17:40:00\n---\nGold rose.\n");

        TestStack.Run drop = stack.run("drop", post.toString());

        assertThat(drop.exit()).isZero();
        Path dropped = stack.home.resolve("bucket/incoming/gold.md");
        assertThat(drop.out()).isEqualTo("dropped " + post + " -> " + dropped + "\n");
        assertThat(dropped).hasSameTextualContentAs(post);
        try (var incoming = Files.list(dropped.getParent())) {
            assertThat(incoming.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void consumePrintsTheEventsOfATopic() {
        String key = "consume-" + System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_REJECTED, 0, key, "{\"reason\":\"test\"}",
                    List.of(new RecordHeader("ce_type",
                            "newsflow.article.rejected.v1".getBytes(StandardCharsets.UTF_8)))));
        }

        TestStack.Run run = stack.run("consume", Topics.ARTICLES_REJECTED, "--max", "100", "--timeout-ms", "1500");
        TestStack.Run missing = stack.run("consume", "no.such.topic", "--timeout-ms", "100");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out().lines()).contains(
                "Partition:0\tce_type:newsflow.article.rejected.v1\t" + key + "\t{\"reason\":\"test\"}");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("consume: there is no topic 'no.such.topic' at", Topics.ARTICLES_ENRICHED);
    }
}
