package dev.newsflow.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.distribution.KeyQueueReplica;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.support.BadPosts;
import dev.newsflow.ingest.support.BadPosts.BadPost;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.log.LogRecords;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The catalogue of bad posts through the S3 bucket: each object is rejected with its exact reason and moved to
 * {@code rejected/} with its report, and a good object put after it is published; garbage on the key topic the
 * replicas share the bucket through is skipped.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(S3ProxyResource.class)
class S3BadInputsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ROOT = S3ProxyResource.PREFIX;
    private static final String KEY_TOPIC = "ingest.bucket-keys";

    @Inject
    S3Client s3;

    @Inject
    ObjectMapper json;

    static List<BadPost> catalogue() {
        return BadPosts.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void aBadObjectIsQuarantinedWithItsReasonAndTheGoodObjectAfterItIsPublished(BadPost bad) throws Exception {
        String folder = "s3-catalogue-" + UUID.randomUUID().toString().substring(0, 8) + "/";
        String key = folder + bad.file();
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // Given the bad object in incoming/, and a good one put after it
            put("incoming/" + key, bad.content());
            put("incoming/" + folder + "good.md",
                    Posts.valid("Good after " + bad.name()).getBytes(StandardCharsets.UTF_8));

            // Then the bad object is rejected once, with its reason
            ConsumerRecord<String, String> rejection = rejected.await(1, r -> r.key().equals("incoming/" + key), WAIT)
                    .get(0);
            JsonNode event = json.readTree(rejection.value());
            assertThat(event.get("reason").asText()).matches(bad.reason());

            // And it is in rejected/ with its report beside it
            await().atMost(WAIT).until(() -> S3ProxyResource.keys(s3, "rejected/" + folder).size() == 2);
            JsonNode report = json.readTree(s3.getObjectAsBytes(r -> r.bucket(S3ProxyResource.BUCKET)
                    .key(ROOT + "rejected/" + key + Bucket.ERROR_SUFFIX)).asByteArray());
            assertThat(report.get("reason")).isEqualTo(event.get("reason"));

            // And the good object after it is published
            String goodId = folder.replace("/", "") + "-good";
            ingested.await(1, r -> r.key().equals(goodId), WAIT);
        }
    }

    @Test
    void garbageOnTheKeyTopicIsSkippedWithALogLineAndObjectsAreStillTaken() {
        String folder = "s3-key-garbage-" + UUID.randomUUID().toString().substring(0, 8) + "/";
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                LogRecords log = LogRecords.of(KeyQueueReplica.class);
                TopicWriter writer = new TopicWriter()) {
            // Given records on the key topic that are no announcement: no key, no size, a size that is no number
            writer.send(KEY_TOPIC, null, "12");
            writer.send(KEY_TOPIC, "incoming/" + folder + "no-size.md", null);
            writer.send(KEY_TOPIC, "incoming/" + folder + "words.md", "twelve");

            // When an object is put after them
            put("incoming/" + folder + "good.md", Posts.valid("Good after garbage").getBytes(StandardCharsets.UTF_8));

            // Then it is published, and each garbage record was skipped with a log line
            ingested.await(1, r -> r.key().equals(folder.replace("/", "") + "-good"), WAIT);
            assertThat(log.messages(Level.WARNING, "skips a key record it cannot read")).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    private void put(String key, byte[] content) {
        s3.putObject(r -> r.bucket(S3ProxyResource.BUCKET).key(ROOT + key), RequestBody.fromBytes(content));
    }
}
