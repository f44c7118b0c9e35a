package dev.newsflow.query.post.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells a post's story from its stored stages and what the read model holds now: each published record becomes
 * "received" (when ingest-service read the post) and "published" (when Kafka took the record), and the read model's
 * row, if any, "materialized"; the state is the latest stage, and a post not done waits on the service whose turn
 * it is.
 */
public final class StoryTimeline {

    private static final String ENRICH = "enrich-service";
    private static final String QUERY = "query-service";

    private StoryTimeline() {
    }

    /** The story of the post at {@code bucketKey}; {@code stages} are oldest first and not empty. */
    public static PostStory tell(String bucketKey, List<StageEvent> stages, Optional<MaterializedArticle> article,
            Instant now) {
        List<Placed> placed = new ArrayList<>();
        for (StageEvent stage : stages) {
            if (stage.receivedAt() != null) {
                placed.add(new Placed(stage.at(), StoryStage.of(Stage.RECEIVED, stage.receivedAt(), stage.revision(),
                        stage.contentHash())));
            }
            placed.add(new Placed(stage.at(), new StoryStage(stage.stage().label(), stage.at(),
                    stage.record().topic(), stage.record().partition(), stage.record().offset(), stage.revision(),
                    stage.via(), stage.contentHash(), stage.reason(), stage.errors(), stage.checks(),
                    stage.figureCount(), stage.traceId())));
        }
        article.ifPresent(row -> placed.add(new Placed(row.updatedAt(), StoryStage.of(Stage.MATERIALIZED,
                row.updatedAt(), row.revision(), row.contentHash()))));
        placed.sort(Comparator.comparing(Placed::at).thenComparing(p -> Stage.of(p.stage().stage())));
        List<StoryStage> story = placed.stream().map(Placed::stage).toList();
        StoryStage last = story.get(story.size() - 1);
        Stage state = Stage.of(last.stage());
        if (state == Stage.ENRICHED && article.isPresent()
                && article.get().contentHash().equals(last.contentHash())) {
            state = Stage.MATERIALIZED;
        }
        return new PostStory(articleId(stages), bucketKey, state.label(), story,
                waiting(state, last.at(), now));
    }

    /** The article id the latest of {@code stages} that has one names, or null (only rejections). */
    public static String articleId(List<StageEvent> stages) {
        return stages.stream().map(StageEvent::articleId).filter(Objects::nonNull).reduce((a, b) -> b)
                .orElse(null);
    }

    /**
     * A stage and the time it is placed at: its own, except that "received" stays just before the "published" of the
     * same record (ingest-service's clock and Kafka's record time may disagree by a millisecond).
     */
    private record Placed(Instant at, StoryStage stage) {
    }

    private static Waiting waiting(Stage state, Instant since, Instant now) {
        String on = switch (state) {
            case RECEIVED, PUBLISHED -> ENRICH;
            case ENRICHED -> QUERY;
            default -> null;
        };
        return on == null ? null : new Waiting(on, Math.max(0, Duration.between(since, now).toSeconds()));
    }
}
