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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Two keys of the folder bucket that map to one article id: the first keeps it, the second is rejected. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class FolderIdClaimsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    FolderBucket bucket;

    @Inject
    ObjectMapper json;

    @Test
    void aSecondKeyForAnIdIsRejectedNamingTheKeyThatHoldsItAndTheFirstArticleIsUntouched() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // Given a post published under "claims/dax close.md" (id claims-dax-close)
            Posts.drop(bucket.incoming(), "claims/dax close.md", Posts.valid("DAX closes higher"));
            ingested.await(1, r -> r.key().equals("claims-dax-close"), WAIT);

            // When another post is dropped as "claims/dax-close.md", which maps to the same id, between two good posts
            Posts.drop(bucket.incoming(), "claims/before.md", Posts.valid("Before the clash"));
            Posts.drop(bucket.incoming(), "claims/dax-close.md", Posts.valid("Nikkei slips"));
            Posts.drop(bucket.incoming(), "claims/after.md", Posts.valid("After the clash"));

            // Then it is rejected with a reason naming the key that holds the id
            String reason = "the id claims-dax-close is already held by incoming/claims/dax close.md; give this post "
                    + "another name, or drop it as incoming/claims/dax close.md to revise that article";
            ConsumerRecord<String, String> rejection = rejected.await(1,
                    r -> r.key().equals("incoming/claims/dax-close.md"), WAIT).get(0);
            JsonNode event = json.readTree(rejection.value());
            assertThat(event.get("reason").asText()).isEqualTo(reason);
            assertThat(event.get("errors").toString()).isEqualTo("[{\"line\":null,\"field\":null,\"message\":\""
                    + reason + "\"}]");
            assertThat(new EventValidator().violations(EventSchemas.ARTICLE_REJECTED, rejection.value())).isEmpty();

            // And it lies in rejected/ with its report, not in processed/
            Path quarantined = bucket.rejected().resolve("claims/dax-close.md");
            await().atMost(WAIT).until(() -> Files.exists(FolderBucket.reportOf(quarantined)));
            assertThat(json.readTree(FolderBucket.reportOf(quarantined).toFile()).get("reason").asText())
                    .isEqualTo(reason);
            assertThat(Files.readString(quarantined)).isEqualTo(Posts.valid("Nikkei slips"));
            assertThat(bucket.processed().resolve("claims/dax-close.md")).doesNotExist();

            // And the good posts around it flow, while the first article got no second event
            ingested.await(2, r -> r.key().equals("claims-before") || r.key().equals("claims-after"), WAIT);
            List<ConsumerRecord<String, String>> dax = ingested.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> r.key().equals("claims-dax-close")).toList();
            assertThat(dax).hasSize(1);
            assertThat(json.readTree(dax.get(0).value()).get("bucketKey").asText())
                    .isEqualTo("incoming/claims/dax close.md");
            assertThat(json.readTree(dax.get(0).value()).get("title").asText()).isEqualTo("DAX closes higher");
        }
    }

    @Test
    void theSameKeyDroppedAgainIsANewRevisionOfItsArticle() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given a post published under its key
            Posts.drop(bucket.incoming(), "claims/Gold Record.md", Posts.valid("Gold climbs to a record"));
            await().atMost(WAIT).until(() -> Files.exists(bucket.processed().resolve("claims/Gold Record.md")));

            // When changed content is dropped under the same key
            Posts.drop(bucket.incoming(), "claims/Gold Record.md", Posts.valid("Gold extends its record"));

            // Then it is published as the same article, from the same key
            List<ConsumerRecord<String, String>> events = ingested.await(2, r -> r.key().equals("claims-gold-record"),
                    WAIT);
            assertThat(events).extracting(r -> json.readTree(r.value()).get("title").asText())
                    .containsExactly("Gold climbs to a record", "Gold extends its record");
            assertThat(events).extracting(r -> json.readTree(r.value()).get("bucketKey").asText())
                    .containsOnly("incoming/claims/Gold Record.md");
        }
    }

    @Test
    void keysThatRaceForOneIdGiveOneArticleAndRejectTheOthersNamingIt() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // When four keys that map to the id claims-race-oil are dropped at once
            List<String> keys = List.of("claims/race oil.md", "claims/race-oil.md", "claims/Race_Oil.md",
                    "claims/race  oil.txt");
            for (String key : keys) {
                Posts.drop(bucket.incoming(), key, Posts.valid("Race " + key));
            }

            // Then one of them is published and the three others are rejected, each naming that one
            ConsumerRecord<String, String> winner = ingested.await(1, r -> r.key().equals("claims-race-oil"), WAIT)
                    .get(0);
            String holder = json.readTree(winner.value()).get("bucketKey").asText();
            List<ConsumerRecord<String, String>> losers = rejected.await(3,
                    r -> keys.contains(r.key().substring("incoming/".length())), WAIT);
            assertThat(losers).extracting(ConsumerRecord::key).doesNotContain(holder).doesNotHaveDuplicates();
            assertThat(losers).extracting(r -> json.readTree(r.value()).get("reason").asText())
                    .allMatch(reason -> reason.startsWith("the id claims-race-oil is already held by " + holder + ";"));
            assertThat(ingested.drain(Duration.ofSeconds(2))).filteredOn(r -> r.key().equals("claims-race-oil"))
                    .hasSize(1);
        }
    }
}
