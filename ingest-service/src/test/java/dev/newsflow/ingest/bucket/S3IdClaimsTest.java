package dev.newsflow.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.ingest.support.SingleS3Replica;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Two objects of the S3 bucket whose keys map to one article id: the first keeps it, the second is rejected. Run as
 * a single replica with the key queue off, so that the plain listing path is covered too.
 */
@QuarkusTest
@TestProfile(SingleS3Replica.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(S3ProxyResource.class)
class S3IdClaimsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ROOT = S3ProxyResource.PREFIX;

    @Inject
    S3Client s3;

    @Inject
    ObjectMapper json;

    @Test
    void aSecondObjectForAnIdIsQuarantinedNamingTheKeyThatHoldsItAndTheFirstArticleIsUntouched() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // Given an object published as "s3-claims/Börse Frankfurt.md" (id s3-claims-borse-frankfurt)
            put("incoming/s3-claims/Börse Frankfurt.md", Posts.valid("DAX closes higher"));
            ingested.await(1, r -> r.key().equals("s3-claims-borse-frankfurt"), WAIT);

            // When "s3-claims/borse-frankfurt.md", the same id, is put between two good objects
            put("incoming/s3-claims/first.md", Posts.valid("First good one"));
            put("incoming/s3-claims/borse-frankfurt.md", Posts.valid("Nikkei slips"));
            put("incoming/s3-claims/second.md", Posts.valid("Second good one"));

            // Then it is rejected with a reason naming the key that holds the id
            String reason =
                    "the id s3-claims-borse-frankfurt is already held by incoming/s3-claims/Börse Frankfurt.md; "
                    + "give this post another name, or drop it as incoming/s3-claims/Börse Frankfurt.md to revise that "
                    + "article";
            ConsumerRecord<String, String> rejection = rejected.await(1,
                    r -> r.key().equals("incoming/s3-claims/borse-frankfurt.md"), WAIT).get(0);
            assertThat(json.readTree(rejection.value()).get("reason").asText()).isEqualTo(reason);

            // And it moves to rejected/ with its report
            await().atMost(WAIT).until(() -> list("rejected/").contains("s3-claims/borse-frankfurt.md"));
            JsonNode report = json.readTree(s3.getObjectAsBytes(r -> r.bucket(S3ProxyResource.BUCKET)
                    .key(ROOT + "rejected/s3-claims/borse-frankfurt.md" + Bucket.ERROR_SUFFIX)).asByteArray());
            assertThat(report.get("reason").asText()).isEqualTo(reason);
            assertThat(list("incoming/")).noneMatch(key -> key.startsWith("s3-claims/"));
            assertThat(list("processed/")).doesNotContain("s3-claims/borse-frankfurt.md");

            // And the good objects around it flow, while the first article got no second event
            ingested.await(2, r -> r.key().equals("s3-claims-first") || r.key().equals("s3-claims-second"), WAIT);
            List<ConsumerRecord<String, String>> held = ingested.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> r.key().equals("s3-claims-borse-frankfurt")).toList();
            assertThat(held).hasSize(1);
            assertThat(json.readTree(held.get(0).value()).get("bucketKey").asText())
                    .isEqualTo("incoming/s3-claims/Börse Frankfurt.md");
            assertThat(json.readTree(held.get(0).value()).get("title").asText()).isEqualTo("DAX closes higher");
        }
    }

    private void put(String key, String content) {
        s3.putObject(r -> r.bucket(S3ProxyResource.BUCKET).key(ROOT + key),
                RequestBody.fromBytes(content.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> list(String area) {
        return S3ProxyResource.keys(s3, area).stream().map(k -> k.substring((ROOT + area).length())).toList();
    }
}
