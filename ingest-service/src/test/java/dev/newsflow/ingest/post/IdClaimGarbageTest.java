package dev.newsflow.ingest.post;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.post.messaging.IdClaimIndex;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.log.LogRecords;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Garbage on the id-claim topic (not JSON, not a claim, a claim without its key) is skipped with a log line: it holds
 * no id, and the post that claims that id afterwards is published.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class IdClaimGarbageTest {

    private static final String TOPIC = "articles.ids";

    @Inject
    FolderBucket bucket;

    static Stream<Arguments> garbage() {
        return Stream.of(
                Arguments.of("not JSON", "not json", "Skipped an id claim that cannot be read at offset "),
                Arguments.of("a JSON list", "[1, 2]", "Skipped an id claim that cannot be read at offset "),
                Arguments.of("JSON null", "null", "Skipped an id claim without a bucket key at offset "),
                Arguments.of("an empty object", "{}", "Skipped an id claim without a bucket key at offset "),
                Arguments.of("a claim without its key", "{\"claimedAt\":\"2026-03-05T10:00:00Z\"}",
                        "Skipped an id claim without a bucket key at offset "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("garbage")
    void garbageIsSkippedWithALogLineAndThePostOfThatIdIsPublished(String name, String value, String logged) {
        String id = "garbage-" + UUID.randomUUID().toString().substring(0, 8);
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                LogRecords log = LogRecords.of(IdClaimIndex.class);
                TopicWriter writer = new TopicWriter()) {
            // Given garbage under the post's id on the id-claim topic (a compacted topic: the broker refuses records
            // without a key, so every record has one)
            writer.send(TOPIC, id, value);

            // When a post with that id is dropped
            Posts.drop(bucket.incoming(), id + ".md", Posts.valid("After garbage: " + name));

            // Then it is published, and the garbage was skipped with a log line
            ingested.await(1, r -> r.key().equals(id), Duration.ofSeconds(30));
            List<String> lines = log.messages(Level.WARNING, "Skipped an id claim");
            assertThat(lines).anyMatch(line -> line.startsWith(logged));
        }
    }
}
