package dev.newsflow.query.post.service;

import dev.newsflow.query.post.domain.PostStory;
import dev.newsflow.query.post.domain.StageEvent;
import dev.newsflow.query.post.domain.StoryTimeline;
import dev.newsflow.query.post.persistence.MaterializedRepository;
import dev.newsflow.query.post.persistence.StageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Finds a post by bucket key, file name or article id and tells its story from the stages stored and what the read
 * model holds now.
 */
@ApplicationScoped
public class PostStatusService {

    private static final String INCOMING = "incoming/";
    private static final List<String> OUTCOME_FOLDERS = List.of("processed/", "rejected/");

    private final StageRepository stages;
    private final MaterializedRepository articles;
    private final Clock clock;

    PostStatusService(StageRepository stages, MaterializedRepository articles, Clock clock) {
        this.stages = stages;
        this.articles = articles;
        this.clock = clock;
    }

    /**
     * The story of the post at {@code key}: a bucket key ({@code incoming/2026/x.md}; {@code processed/} and
     * {@code rejected/} stand for {@code incoming/}), a key relative to {@code incoming/}, or a bare file name;
     * empty when no post matches, an {@link AmbiguousKeyException} when a file name matches several.
     */
    @Transactional
    public Optional<PostStory> byKey(String key) {
        String asked = OUTCOME_FOLDERS.stream().filter(key::startsWith).findFirst()
                .map(folder -> INCOMING + key.substring(folder.length())).orElse(key);
        List<String> keys = stages.keysMatching(asked);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        if (keys.size() > 1 && !keys.contains(asked) && !keys.contains(INCOMING + asked)) {
            throw new AmbiguousKeyException(key, keys);
        }
        String bucketKey = keys.contains(asked) ? asked : keys.contains(INCOMING + asked) ? INCOMING + asked
                : keys.get(0);
        return Optional.of(story(bucketKey));
    }

    /** The story of the post that published article {@code id}; empty when none did. */
    @Transactional
    public Optional<PostStory> byId(String id) {
        return Optional.ofNullable(stages.keyOfArticle(id)).map(this::story);
    }

    private PostStory story(String bucketKey) {
        List<StageEvent> stored = stages.stagesOf(bucketKey);
        String id = StoryTimeline.articleId(stored);
        return StoryTimeline.tell(bucketKey, stored, id == null ? Optional.empty() : articles.find(id),
                clock.instant());
    }
}
