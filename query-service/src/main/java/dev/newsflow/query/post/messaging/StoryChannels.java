package dev.newsflow.query.post.messaging;

/** The channels that feed the stories of posts, shared with the tests. */
public final class StoryChannels {

    /** {@code articles.ingested}: published and retracted posts. */
    public static final String INGESTED = "story-ingested";
    /** {@code articles.rejected}: rejected posts. */
    public static final String REJECTED = "story-rejected";
    /** {@code articles.enriched}: enriched articles (retraction tombstones are left out). */
    public static final String ENRICHED = "story-enriched";

    private StoryChannels() {
    }
}
