package dev.newsflow.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A post renamed into place from its temporary name is taken at once; a post written in place waits to settle. */
@QuarkusTest
@TestProfile(RenamedInTest.LongSettle.class)
class RenamedInTest {

    /** Far longer than the intake needs to publish a post, so a post published sooner did not wait for it. */
    private static final Duration SETTLE = Duration.ofSeconds(20);

    private final String run = Long.toString(System.nanoTime());

    @Inject
    FolderBucket bucket;

    @Test
    void aPostRenamedInIsPublishedWithoutWaitingAndOneWrittenInPlaceAfterItsSettleTime() throws IOException {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given a post written in place, then one written to .NAME.part and renamed into place
            Path inPlace = bucket.incoming().resolve("in-place-" + run + ".md");
            Files.writeString(inPlace, Posts.valid("Written in place " + run), StandardCharsets.UTF_8);
            Instant writtenInPlace = Files.getLastModifiedTime(inPlace).toInstant();
            Posts.drop(bucket.incoming(), "renamed-" + run + ".md", Posts.valid("Renamed in " + run));

            // When the intake has published the renamed post
            ingested.await(1, r -> r.key().equals("renamed-" + run), SETTLE.dividedBy(2));

            // Then the post written in place was not published before its settle time, and is published after it
            Instant renamedPublished = Instant.now();
            assertThat(renamedPublished).isBefore(writtenInPlace.plus(SETTLE));
            assertThat(ingested.drain(Duration.ZERO)).noneMatch(r -> r.key().equals("in-place-" + run));
            ingested.await(1, r -> r.key().equals("in-place-" + run), SETTLE.multipliedBy(2));
            assertThat(Instant.now()).isAfterOrEqualTo(writtenInPlace.plus(SETTLE));
        }
    }

    /** A bucket with a settle time far longer than publishing takes. */
    public static class LongSettle implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaTestResource.class),
                    new TestResourceEntry(SlowSettlingBucket.class));
        }
    }

    /** A bucket folder of its own whose files settle in 20 s, rescanned hourly. */
    public static class SlowSettlingBucket implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                Path root = Files.createTempDirectory("newsflow-renamed-in-");
                return Map.of("newsflow.bucket.path", root.toString(),
                        "newsflow.bucket.settle-time", SETTLE.toMillis() + "ms",
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
