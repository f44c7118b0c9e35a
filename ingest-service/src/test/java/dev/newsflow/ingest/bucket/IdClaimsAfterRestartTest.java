package dev.newsflow.ingest.bucket;

import static dev.newsflow.ingest.support.SeededIdClaimsResource.ELSEWHERE;
import static dev.newsflow.ingest.support.SeededIdClaimsResource.RACE_LOSER;
import static dev.newsflow.ingest.support.SeededIdClaimsResource.RACE_WINNER;
import static dev.newsflow.ingest.support.SeededIdClaimsResource.RETRACTED;
import static dev.newsflow.ingest.support.SeededIdClaimsResource.RETRACTED_KEY;
import static dev.newsflow.ingest.support.SeededIdClaimsResource.RETRACTED_POST;
import static dev.newsflow.ingest.support.SeededIdClaimsResource.REVISED;
import static dev.newsflow.ingest.support.SeededIdClaimsResource.REVISED_KEY;
import static dev.newsflow.ingest.support.SeededIdClaimsResource.REVISED_POST;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.SeededIdClaimsResource;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A service started on an id-claim topic that already holds claims: it honours them and repairs a losing last one. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
@WithTestResource(SeededIdClaimsResource.class)
class IdClaimsAfterRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    FolderBucket bucket;

    @Inject
    ObjectMapper json;

    @Test
    void readinessSaysHowManyIdsAreHeld() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'article-ids' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'article-ids' }.data.held", equalTo(4));
    }

    @Test
    void anIdClaimedBeforeTheStartIsKeptForItsKey() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // When a post is dropped whose id was claimed by another key before this service started
            Posts.drop(bucket.incoming(), "seeded-held.md", Posts.valid("Seeded"));

            // Then it is rejected naming that key
            ConsumerRecord<String, String> rejection = rejected.await(1,
                    r -> r.key().equals("incoming/seeded-held.md"), WAIT).get(0);
            assertThat(json.readTree(rejection.value()).get("reason").asText())
                    .isEqualTo("the id seeded-held is already held by " + ELSEWHERE
                            + "; give this post another name, or drop it as " + ELSEWHERE + " to revise that article");
            assertThat(ingested.drain(Duration.ofSeconds(1))).noneMatch(r -> r.key().equals("seeded-held"));
        }
    }

    @Test
    void theFirstOfTwoClaimsHoldsTheIdAndIsWrittenAgainAfterTheLosingOne() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED);
                TopicReader claims = TopicReader.fromBeginning(SeededIdClaimsResource.TOPIC)) {
            // Given a topic where the winner's claim of seeded-race is followed by a loser's, nobody having repaired it
            // Then the service wrote the winner's claim again, so that compaction keeps the winner's
            List<ConsumerRecord<String, String>> records = claims.await(3, r -> r.key().equals("seeded-race"), WAIT);
            assertThat(records).extracting(r -> json.readTree(r.value()).get("bucketKey").asText())
                    .containsExactly(RACE_WINNER, RACE_LOSER, RACE_WINNER);

            // And when both keys are dropped, the loser's is rejected and the winner's is published
            Posts.drop(bucket.incoming(), RACE_LOSER.substring("incoming/".length()), Posts.valid("Loser"));
            Posts.drop(bucket.incoming(), RACE_WINNER.substring("incoming/".length()), Posts.valid("Winner"));
            rejected.await(1, r -> r.key().equals(RACE_LOSER), WAIT);
            ConsumerRecord<String, String> published = ingested.await(1, r -> r.key().equals("seeded-race"), WAIT)
                    .get(0);
            assertThat(json.readTree(published.value()).get("bucketKey").asText()).isEqualTo(RACE_WINNER);
            assertThat(json.readTree(published.value()).get("revision").asInt()).isEqualTo(1);

            // And the claim was not made again (the winner's key held the id already): the one record added is the
            // winner's claim with revision 1, the first with a revision, of the content published
            assertThat(claims.drain(Duration.ofSeconds(1))).filteredOn(r -> r.key().equals("seeded-race"))
                    .extracting(ConsumerRecord::value).hasSize(4).last().isEqualTo(SeededIdClaimsResource.state(
                            RACE_WINNER, "2026-03-01T09:00:00Z", 1, Posts.valid("Winner"), false));
        }
    }

    @Test
    void theRevisionRecordedBeforeTheStartIsWhereNumberingGoesOn() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given revision 4 of seeded-revised recorded on the topic before this service started
            String key = REVISED_KEY.substring("incoming/".length());

            // When its content is dropped again unchanged, Then it is published as revision 4 still
            Posts.drop(bucket.incoming(), key, REVISED_POST);
            ConsumerRecord<String, String> same = ingested.await(1, r -> r.key().equals(REVISED), WAIT).get(0);
            assertThat(json.readTree(same.value()).get("revision").asInt()).isEqualTo(4);

            // And when changed content is dropped, Then it is revision 5
            await().atMost(WAIT).until(() -> Files.exists(bucket.processed().resolve(key)));
            Posts.drop(bucket.incoming(), key, Posts.valid("Revised a fifth time"));
            List<ConsumerRecord<String, String>> both = ingested.await(2, r -> r.key().equals(REVISED), WAIT);
            assertThat(json.readTree(both.get(1).value()).get("revision").asInt()).isEqualTo(5);
        }
    }

    @Test
    void aRetractionRecordedBeforeTheStartHoldsAndTheSamePostComesBackAsTheNextRevision() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given revision 2 of seeded-retracted retracted before this service started
            // When it is retracted again, Then the answer is a 409 problem
            given().when().delete("/api/posts/" + RETRACTED).then().statusCode(409)
                    .body("detail", equalTo("the article seeded-retracted is already retracted (revision 2); drop "
                            + RETRACTED_KEY + " again to bring it back"));

            // When the same post is dropped again, Then it comes back as revision 3
            Posts.drop(bucket.incoming(), RETRACTED_KEY.substring("incoming/".length()), RETRACTED_POST);
            ConsumerRecord<String, String> back = ingested.await(1, r -> r.key().equals(RETRACTED), WAIT).get(0);
            assertThat(json.readTree(back.value()).get("revision").asInt()).isEqualTo(3);
        }
    }
}
