package dev.newsflow.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The id-claim topic deleted and recreated under a running service: the service writes its claims back into it. */
@QuarkusTest
@TestProfile(IdClaimsTopicRecreatedTest.OwnTopic.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class IdClaimsTopicRecreatedTest {

    private static final String TOPIC = "articles.ids.recreated";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** An id-claim topic of this test's own. */
    public static class OwnTopic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.ids.topic", TOPIC);
        }
    }

    @Inject
    FolderBucket bucket;

    @Inject
    ObjectMapper json;

    @Test
    void claimsHeldBeforeTheTopicWasRecreatedAreWrittenBackAndStillHold() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // Given a post published, its id claimed
            Posts.drop(bucket.incoming(), "recreated/Oil Deal.md", Posts.valid("Oil deal"));
            ingested.await(1, r -> r.key().equals("recreated-oil-deal"), WAIT);

            // When the id-claim topic is deleted and created again, empty
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    KafkaBroker.bootstrapServers()))) {
                admin.deleteTopics(List.of(TOPIC)).all().get();
                await().atMost(WAIT).until(() -> !admin.listTopics().names().get().contains(TOPIC));
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1)
                        .configs(Map.of("cleanup.policy", "compact")))).all().get();
            }

            // Then the service writes the claim it held back into the new topic
            try (TopicReader claims = TopicReader.fromBeginning(TOPIC)) {
                ConsumerRecord<String, String> claim = claims.await(1, r -> r.key().equals("recreated-oil-deal"), WAIT)
                        .get(0);
                assertThat(json.readTree(claim.value()).get("bucketKey").asText())
                        .isEqualTo("incoming/recreated/Oil Deal.md");
            }

            // And another key for the same id is still rejected naming the first
            Posts.drop(bucket.incoming(), "recreated/oil-deal.md", Posts.valid("Oil deal again"));
            ConsumerRecord<String, String> rejection = rejected.await(1,
                    r -> r.key().equals("incoming/recreated/oil-deal.md"), WAIT).get(0);
            assertThat(json.readTree(rejection.value()).get("reason").asText())
                    .startsWith("the id recreated-oil-deal is already held by incoming/recreated/Oil Deal.md;");
            assertThat(ingested.drain(Duration.ofSeconds(1))).filteredOn(r -> r.key().equals("recreated-oil-deal"))
                    .hasSize(1);
        }
    }
}
