package dev.newsflow.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(StartupBacklogTest.Backlog.class)
class StartupBacklogTest {

    private static final String RUN = Long.toString(System.nanoTime());

    @Inject
    FolderBucket bucket;

    @Test
    void filesLeftInIncomingWhileTheServiceWasDownArePublishedAtStartUp() {
        // Given three posts that were dropped while the service was down (see Backlog)
        // When the service has started
        // Then each is published and moved to processed/, with no new file-system event
        try (TopicReader ingested = TopicReader.fromBeginning(Topics.ARTICLES_INGESTED)) {
            ingested.await(3, r -> r.key().startsWith("backlog-" + RUN + "-"), Duration.ofSeconds(20));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(bucket.processed().resolve("backlog/" + RUN).toFile().list()).hasSize(3));
        assertThat(bucket.incoming().resolve("backlog/" + RUN).toFile().list()).isEmpty();
    }

    /** A bucket with posts already waiting in incoming/ before the application starts. */
    public static class Backlog implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaTestResource.class),
                    new TestResourceEntry(PreloadedBucket.class));
        }
    }

    /** Writes the backlog before Quarkus starts. */
    public static class PreloadedBucket implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                Path root = Files.createTempDirectory("newsflow-backlog-");
                for (int i = 0; i < 3; i++) {
                    Posts.drop(root.resolve("incoming"), "backlog/" + RUN + "/post " + i + ".md",
                            Posts.valid("Backlog " + i));
                }
                return Map.of("newsflow.bucket.path", root.toString(), "newsflow.bucket.settle-time", "100ms",
                        "newsflow.bucket.rescan-interval", "1h");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            // Temporary folder; left for inspection.
        }
    }
}
