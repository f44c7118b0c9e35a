package dev.newsflow.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventValidator;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class BadPostsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Longer than a rescan interval and a settle time of {@link TempBucketResource} together. */
    private static final Duration RESCAN_AND_SETTLE = Duration.ofMillis(3_000);

    @Inject
    FolderBucket bucket;

    @Inject
    ObjectMapper json;

    @Test
    void badPostsAreQuarantinedWithTheirReasonAndNeverHoldBackGoodOnes() throws Exception {
        Path slowPath = bucket.incoming().resolve("mixed/slow.md");
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED);
                SlowWriter slow = new SlowWriter(slowPath)) {
            // Given a post still being written, a line every 20 ms
            slow.start();

            // And 10 bad posts, each bad in its own way, with the reason each must get
            Map<String, String> bad = dropBadPosts();

            // When 10 good posts are dropped together with them
            for (int i = 0; i < 10; i++) {
                Posts.drop(bucket.incoming(), "mixed/good-" + i + ".md", Posts.valid("Good post " + i));
            }

            // Then the 10 good posts are published while the slow one is still being written
            List<ConsumerRecord<String, String>> good = ingested.await(10, r -> r.key().startsWith("mixed-good-"),
                    WAIT);
            assertThat(good.stream().map(ConsumerRecord::key).distinct()).hasSize(10);
            assertThat(slowPath).exists();

            // And each bad post is rejected once with its own reason, on articles.rejected and in rejected/
            List<ConsumerRecord<String, String>> rejections = rejected.await(10,
                    r -> r.key().startsWith("incoming/mixed/bad-"), WAIT);
            EventValidator validator = new EventValidator();
            for (ConsumerRecord<String, String> record : rejections) {
                JsonNode event = json.readTree(record.value());
                String key = record.key().substring("incoming/".length());
                assertThat(event.get("reason").asText()).as(key).contains(bad.get(key));
                assertThat(event.get("via").asText()).as(key).isEqualTo("bucket");
                assertThat(validator.violations(EventSchemas.ARTICLE_REJECTED, record.value())).isEmpty();
                Path quarantined = bucket.rejected().resolve(key);
                await().atMost(WAIT).until(() -> Files.exists(FolderBucket.reportOf(quarantined)));
                assertThat(Files.exists(quarantined, LinkOption.NOFOLLOW_LINKS)).as(key).isTrue();
                JsonNode report = json.readTree(FolderBucket.reportOf(quarantined).toFile());
                assertThat(report.get("reason")).isEqualTo(event.get("reason"));
                assertThat(report.get("errors")).isEqualTo(event.get("errors"));
                assertThat(bucket.incoming().resolve(key)).doesNotExist();
            }
            assertThat(rejections.stream().map(ConsumerRecord::key).distinct()).hasSize(10);

            // And the slow post, looked at again and again by the intake and by a full rescan while it grows, is
            // neither published nor rejected half-written
            assertThat(slowPath).as("the slow post, still being written").exists();
            long size = Files.size(slowPath);
            assertThat(rejected.drain(RESCAN_AND_SETTLE)).noneMatch(r -> r.key().equals("incoming/mixed/slow.md"));
            assertThat(ingested.drain(Duration.ofMillis(500))).noneMatch(r -> r.key().equals("mixed-slow"));
            assertThat(slowPath).as("the slow post, still being written").exists();
            assertThat(Files.size(slowPath)).as("the slow post grew meanwhile").isGreaterThan(size);

            // And once it is complete, it is published whole, once
            slow.finish("date: 2026-03-05 21:05:00\n---\nDone.\n");
            ConsumerRecord<String, String> done = ingested.await(1, r -> r.key().equals("mixed-slow"), WAIT).get(0);
            assertThat(json.readTree(done.value()).get("body").asText()).isEqualTo("Done.");
            assertThat(ingested.drain(Duration.ofSeconds(1))).filteredOn(r -> r.key().equals("mixed-slow")).hasSize(1);
        }
    }

    /** Appends a YAML comment line to a post every 20 ms until told to finish it. */
    private static final class SlowWriter implements AutoCloseable {

        private final OutputStream out;
        private final Thread thread;
        private volatile boolean writing = true;

        SlowWriter(Path path) throws Exception {
            Files.createDirectories(path.getParent());
            out = Files.newOutputStream(path);
            write("---\ntitle: \"Slow\"\n");
            thread = new Thread(() -> {
                while (writing) {
                    write("# still writing\n");
                    LockSupport.parkNanos(20_000_000);
                }
            }, "slow-writer");
        }

        void start() {
            thread.start();
        }

        void finish(String rest) throws Exception {
            writing = false;
            thread.join();
            write(rest);
            out.close();
        }

        private synchronized void write(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws Exception {
            writing = false;
            thread.join();
            out.close();
        }
    }

    private Map<String, String> dropBadPosts() throws Exception {
        Map<String, String> reasons = new LinkedHashMap<>();
        Path incoming = bucket.incoming();
        reasons.put("mixed/bad-no-front-matter.md", "no front matter");
        Posts.drop(incoming, "mixed/bad-no-front-matter.md", "Just a paragraph about stocks.\n");
        reasons.put("mixed/bad-unterminated.md", "unterminated front matter");
        Posts.drop(incoming, "mixed/bad-unterminated.md", "---\ntitle: \"Open\"\ndate: 2026-03-05\nNo closing line\n");
        reasons.put("mixed/bad-date.md", "field 'date': '2026-13-45' is not a date");
        Posts.drop(incoming, "mixed/bad-date.md", Posts.badDate("Bad date"));
        reasons.put("mixed/bad-no-title.md", "title is missing");
        Posts.drop(incoming, "mixed/bad-no-title.md", "---\ndate: 2026-03-05 10:00:00\n---\nBody\n");
        reasons.put("mixed/bad-yaml.md", "invalid YAML");
        Posts.drop(incoming, "mixed/bad-yaml.md", "---\ntitle: \"Broken\ndate: [2026\n---\nBody\n");
        reasons.put("mixed/bad-score.md", "field 'sentiment_score': 'high' is not a number");
        Posts.drop(incoming, "mixed/bad-score.md",
                Posts.valid("Score").replace("sentiment_score: 6", "sentiment_score: high"));
        reasons.put("mixed/bad-binary.md", "binary content");
        Posts.drop(incoming, "mixed/bad-binary.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        reasons.put("mixed/bad-too-large.md", "over the 1,048,576-byte limit");
        Posts.drop(incoming, "mixed/bad-too-large.md", Posts.valid("Huge") + "x".repeat(1_100_000));
        reasons.put("mixed/bad-type.png", "unsupported file type '.png'");
        Posts.drop(incoming, "mixed/bad-type.png", Posts.valid("Picture"));
        reasons.put("mixed/bad-link.md", "symbolic links are not accepted");
        Path outside = Files.createTempFile("outside-", ".md");
        Files.writeString(outside, Posts.valid("Outside"));
        Files.createSymbolicLink(incoming.resolve("mixed/bad-link.md"), outside);
        return reasons;
    }
}
