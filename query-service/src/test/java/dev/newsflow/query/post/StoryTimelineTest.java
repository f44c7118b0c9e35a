package dev.newsflow.query.post;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.platform.tracing.TraceIds;
import dev.newsflow.query.post.domain.MaterializedArticle;
import dev.newsflow.query.post.domain.PostStory;
import dev.newsflow.query.post.domain.RecordPosition;
import dev.newsflow.query.post.domain.Stage;
import dev.newsflow.query.post.domain.StageEvent;
import dev.newsflow.query.post.domain.StoryStage;
import dev.newsflow.query.post.domain.StoryTimeline;
import dev.newsflow.query.post.domain.Waiting;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The state of a story and where it waits, from its stages and the read model's row; the trace id of a header. */
class StoryTimelineTest {

    private static final Instant T0 = Instant.parse("2026-03-02T17:45:00Z");
    private static final String KEY = "incoming/gold.md";

    @Test
    void anEnrichedPostNotYetInTheReadModelWaitsOnQueryService() {
        PostStory story = StoryTimeline.tell(KEY, List.of(published(1, "h1"), enriched(2, "h1")), Optional.empty(),
                T0.plusSeconds(12));

        assertThat(story.state()).isEqualTo("enriched");
        assertThat(story.waiting()).isEqualTo(new Waiting("query-service", 10));
        assertThat(story.stages()).extracting(StoryStage::stage).containsExactly("received", "published",
                "enriched");
    }

    @Test
    void aReadModelRowOfAnOlderRevisionDoesNotMakeANewerOneMaterialized() {
        MaterializedArticle older = new MaterializedArticle("gold", 1, "h1", T0.plusSeconds(3));

        PostStory story = StoryTimeline.tell(KEY, List.of(published(1, "h1"), enriched(2, "h1"),
                published(20, "h2"), enriched(21, "h2")), Optional.of(older), T0.plusSeconds(30));

        assertThat(story.state()).isEqualTo("enriched");
        assertThat(story.waiting()).isEqualTo(new Waiting("query-service", 9));
        assertThat(story.stages()).extracting(StoryStage::stage).containsExactly("received", "published",
                "enriched", "materialized", "received", "published", "enriched");
    }

    @Test
    void theSameContentEnrichedAgainAfterItsRowIsStillMaterialized() {
        MaterializedArticle row = new MaterializedArticle("gold", 1, "h1", T0.plusSeconds(3));

        PostStory story = StoryTimeline.tell(KEY, List.of(published(1, "h1"), enriched(2, "h1"), enriched(40, "h1")),
                Optional.of(row), T0.plusSeconds(50));

        assertThat(story.state()).isEqualTo("materialized");
        assertThat(story.waiting()).isNull();
    }

    @Test
    void receivedStaysBeforeItsPublishedWhenTheRecordsTimeIsAMillisecondEarlier() {
        StageEvent published = new StageEvent(KEY, "gold", Stage.PUBLISHED, T0, T0.plusNanos(163_000),
                new RecordPosition("articles.ingested", 0, 7), 1, "bucket", "h1", null, null, null, null, null);

        PostStory story = StoryTimeline.tell(KEY, List.of(published), Optional.empty(), T0.plusSeconds(2));

        assertThat(story.stages()).extracting(StoryStage::stage).containsExactly("received", "published");
        assertThat(story.state()).isEqualTo("published");
        assertThat(story.waiting()).isEqualTo(new Waiting("enrich-service", 2));
    }

    @Test
    void aTraceparentGivesItsTraceId() {
        assertThat(TraceIds.of(traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")))
                .contains("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"})
    void anInvalidTraceparentGivesNone(String value) {
        assertThat(TraceIds.of(traceparent(value))).isEmpty();
    }

    @Test
    void noTraceparentGivesNone() {
        assertThat(TraceIds.of(new RecordHeaders())).isEmpty();
    }

    private static RecordHeaders traceparent(String value) {
        return new RecordHeaders(List.of(new RecordHeader("traceparent", value.getBytes(StandardCharsets.UTF_8))));
    }

    private static StageEvent published(int second, String hash) {
        return new StageEvent(KEY, "gold", Stage.PUBLISHED, T0.plusSeconds(second), T0.plusSeconds(second - 1),
                new RecordPosition("articles.ingested", 0, second), 1, "bucket", hash, null, null, null, null, null);
    }

    private static StageEvent enriched(int second, String hash) {
        return new StageEvent(KEY, "gold", Stage.ENRICHED, T0.plusSeconds(second), null,
                new RecordPosition("articles.enriched", 0, second), 1, "bucket", hash, null, null,
                Map.of("VALID", 1), 1, null);
    }
}
