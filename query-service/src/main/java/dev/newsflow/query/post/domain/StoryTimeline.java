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
        List<StoryStage> story = new ArrayList<>();
        for (StageEvent stage : stages) {
            if (stage.receivedAt() != null) {
                story.add(StoryStage.of(Stage.RECEIVED, stage.receivedAt(), stage.revision(), stage.contentHash()));
            }
            story.add(new StoryStage(stage.stage().label(), stage.at(), stage.record().topic(),
                    stage.record().partition(), stage.record().offset(), stage.revision(), stage.via(),
                    stage.contentHash(), stage.reason(), stage.errors(), stage.checks(), stage.figureCount(),
                    stage.traceId()));
        }
        article.ifPresent(row -> story.add(StoryStage.of(Stage.MATERIALIZED, row.updatedAt(), row.revision(),
                row.contentHash())));
        story.sort(Comparator.comparing(StoryStage::at).thenComparing(s -> Stage.of(s.stage())));
        StoryStage last = story.get(story.size() - 1);
        Stage state = Stage.of(last.stage());
        if (state == Stage.ENRICHED && article.isPresent()
                && article.get().contentHash().equals(last.contentHash())) {
            state = Stage.MATERIALIZED;
        }
        return new PostStory(articleId(stages), bucketKey, state.label(), List.copyOf(story),
                waiting(state, last.at(), now));
    }

    /** The article id the latest of {@code stages} that has one names, or null (only rejections). */
    public static String articleId(List<StageEvent> stages) {
        return stages.stream().map(StageEvent::articleId).filter(Objects::nonNull).reduce((a, b) -> b)
                .orElse(null);
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
