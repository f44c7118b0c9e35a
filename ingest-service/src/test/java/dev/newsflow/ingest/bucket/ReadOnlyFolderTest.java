package dev.newsflow.ingest.bucket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.bucket.service.RetryOnRescan;
import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.ReadOnlyFolder;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.log.LogRecords;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logmanager.Level;
import org.junit.jupiter.api.Test;

/**
 * A bucket folder that turns read-only: a post whose event was published cannot be moved, so it stays in
 * {@code incoming/}, is reported (the log names it, readiness names the folder), and is moved once the folder is
 * writable again; nothing is lost nor rejected.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class ReadOnlyFolderTest {

    private static final String KEY = "read-only/2026-03-05 Europe close.md";
    private static final String ID = "read-only-2026-03-05-europe-close";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    FolderBucket bucket;

    @Inject
    ObjectMapper json;

    @Test
    void aPostThatCannotBeMovedStaysPendingIsReportedAndIsMovedOnceTheFolderIsWritableAgain() throws Exception {
        String post = Posts.valid("Europe closes higher while the bucket is read-only");
        String hash = ContentHash.of(post.getBytes(StandardCharsets.UTF_8));
        Path incoming = bucket.incomingPath(KEY);
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                LogRecords log = LogRecords.of(RetryOnRescan.class)) {
            // Given processed/ turned read-only
            try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(bucket.processed())) {
                // When a post is dropped
                Posts.drop(bucket.incoming(), KEY, post);

                // Then its event is published, but the move fails and is reported, on each retry, naming the post
                ingested.await(1, r -> r.key().equals(ID), WAIT);
                await("the failed move reported on two tries").atMost(WAIT)
                        .until(() -> log.messages(Level.ERROR, "Cannot move " + KEY).size() >= 2);

                // And the post stays in incoming/, neither processed nor rejected
                assertThat(incoming).exists();
                assertThat(bucket.processed().resolve(KEY)).doesNotExist();
                assertThat(bucket.rejected().resolve(KEY)).doesNotExist();

                // And readiness is DOWN, naming the folder
                given().get("/q/health/ready").then().statusCode(503)
                        .body("checks.find { it.name == 'bucket' }.status", equalTo("DOWN"))
                        .body("checks.find { it.name == 'bucket' }.data.error",
                                containsString(bucket.processed() + " is missing or not writable"));
            }

            // When the folder is writable again, then the post moves to processed/ and readiness is UP
            await("the post moved to processed/").atMost(WAIT)
                    .until(() -> bucket.processed().resolve(KEY).toFile().exists());
            assertThat(incoming).doesNotExist();
            given().get("/q/health/ready").then().statusCode(200);

            // And every event of the post carries its content: republished, never changed nor lost
            assertThat(ingested.drain(Duration.ofSeconds(1))).filteredOn(r -> r.key().equals(ID)).isNotEmpty()
                    .allSatisfy(r -> assertThat(json.readTree(r.value()).get("contentHash").asText()).isEqualTo(hash));
        }
    }
}
