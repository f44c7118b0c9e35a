package dev.newsflow.query.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.Topics;
import dev.newsflow.query.post.domain.RecordPosition;
import dev.newsflow.query.post.domain.Stage;
import dev.newsflow.query.post.domain.StageEvent;
import dev.newsflow.query.post.messaging.StoryConsumer;
import dev.newsflow.query.post.service.StoryRecorder;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.query.support.StoryEvents;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.log.LogRecords;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/** Records the story cannot read are logged and left out, the next ones told; the same record twice is one stage. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StoryBadRecordsTest {

    @Inject
    StoryRecorder recorder;

    @Test
    void aRecordThatIsNotAnEventIsLoggedAndLeftOutAndTheNextOnesAreTold() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String key = "incoming/" + run + ".md";
        try (LogRecords log = LogRecords.of(StoryConsumer.class); StoryEvents events = new StoryEvents()) {
            // Given a record on each of the story's topics that is not its event, then good events of one post
            RecordMetadata notJson = events.send(Topics.ARTICLES_REJECTED, key, "not json at all",
                    EventTypes.ARTICLE_REJECTED_V1, null);
            RecordMetadata badShape = events.send(Topics.ARTICLES_INGESTED, run, "{\"id\":\"" + run + "\"}",
                    EventTypes.ARTICLE_INGESTED_V1, null);
            RecordMetadata noValue = events.send(Topics.ARTICLES_ENRICHED, run, null,
                    EventTypes.ARTICLE_ENRICHED_V1, null);
            events.rejected(key, "bad", Instant.now().minusSeconds(1));
            PostStoryTest.awaitState(key, "rejected");
            events.ingested(run, key, "good", 1, Instant.now(), "not a traceparent");

            // When they are consumed, Then the good ones are told, without a trace id from a bad traceparent
            var story = PostStoryTest.awaitState(key, "published");
            assertThat(story.getList("stages.stage")).containsExactly("rejected", "received", "published");
            assertThat(story.getMap("stages[2]")).doesNotContainKey("traceId");

            // And each bad record was logged with where it is and why it was left out
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(log.messages(Level.WARNING, "articles.rejected-" + notJson.partition() + "@"
                        + notJson.offset() + " left out")).containsExactly("Record articles.rejected-"
                        + notJson.partition() + "@" + notJson.offset() + " left out of the post stories: the event "
                        + "is not a valid newsflow.article.rejected.v1: $: not valid JSON");
                assertThat(log.messages(Level.WARNING, "articles.ingested-" + badShape.partition() + "@"
                        + badShape.offset() + " left out")).containsExactly("Record articles.ingested-"
                        + badShape.partition() + "@" + badShape.offset() + " left out of the post stories: the event "
                        + "is not a valid newsflow.article.ingested.v1: $.bucketKey: is missing");
                assertThat(log.messages(Level.WARNING, "articles.enriched-" + noValue.partition() + "@"
                        + noValue.offset() + " left out")).containsExactly("Record articles.enriched-"
                        + noValue.partition() + "@" + noValue.offset() + " left out of the post stories: the event "
                        + "has no value");
            });
            assertThat(ReadModel.count("post_stage where bucket_key = '" + key + "'")).isEqualTo(2);
        }
    }

    @Test
    void theSameRecordTwiceIsOneStage() {
        // Given a stage stored from one Kafka record
        String run = UUID.randomUUID().toString().substring(0, 8);
        StageEvent stage = new StageEvent("incoming/" + run + ".md", run, Stage.PUBLISHED, Instant.now(),
                Instant.now(), new RecordPosition(Topics.ARTICLES_INGESTED, 0, 1_000_000L + run.hashCode() % 1000),
                1, "bucket", "hash", null, null, null, null, null);
        assertThat(recorder.record(List.of(stage))).isEqualTo(1);

        // When the same record comes again, alone and twice in one batch
        int again = recorder.record(List.of(stage));
        int twice = recorder.record(List.of(stage, stage));

        // Then nothing more is stored
        assertThat(again).isZero();
        assertThat(twice).isZero();
        assertThat(ReadModel.count("post_stage where bucket_key = 'incoming/" + run + ".md'")).isEqualTo(1);
    }
}
