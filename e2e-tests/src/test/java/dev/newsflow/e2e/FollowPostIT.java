package dev.newsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.client.ingest.model.ArticleRetracted;
import dev.newsflow.client.ingest.model.RetryAccepted;
import dev.newsflow.client.query.ApiException;
import dev.newsflow.client.query.model.ArticleSummary;
import dev.newsflow.client.query.model.ArticleView;
import dev.newsflow.client.query.model.PostStory;
import dev.newsflow.client.query.model.RevisionSummary;
import dev.newsflow.client.query.model.StoryStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One sample post followed as its writer would, through the generated clients: dropped and read back at its revision
 * in one call, its story by file name and by id, retracted (410, gone from the lists, its revision kept), dropped
 * again as its next revision; and a rejected sample fixed in place and sent back, its story showing both attempts.
 */
class FollowPostIT {

    private static final String POST = "2026-10-09-bitcoin-tops-90000-etf-inflows.md";
    private static final String BROKEN = "broken-unclosed-front-matter.md";
    private static final String WAIT = "30s";

    private static Stack stack;
    private static ServiceClients clients;

    @BeforeAll
    static void up() throws IOException, SQLException {
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("newsflow.e2e.follow.home", "target/e2e-follow-home"))
                .toAbsolutePath();
        stack = new Stack(root, home, Map.of("NEWSFLOW_ENRICH_FETCH_ENABLED", "false"));
        stack.deleteState();
        Stack.dropDatabase();
        clients = new ServiceClients(stack);
        stack.run("up");
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.run("down");
        }
    }

    @Test
    void onePostIsFollowedThroughItsStoryARetractionAndItsReturn() throws Exception {
        String id = SamplePost.idOf(POST);
        // Given a sample post dropped into the bucket
        stack.run("drop", sample(POST).toString());

        // When its writer asks for its first revision with a wait, Then the answer is the article at revision 1
        ArticleView first = clients.articles().getArticle(id, "1", WAIT, null);
        assertThat(first.getRevision()).isEqualTo(1);
        assertThat(first.getBucketKey()).isEqualTo("incoming/" + POST);

        // And its story, by file name and by id, tells every stage, with its trace, and that nothing waits
        Waits.until("the story of " + POST + " tells every stage",
                () -> tells(POST, "received", "published", "enriched", "materialized"));
        PostStory story = clients.stories().getPostStatusByKey(POST);
        assertThat(story.getState()).isEqualTo("materialized");
        assertThat(story.getId()).isEqualTo(id);
        assertThat(story.getBucketKey()).isEqualTo("incoming/" + POST);
        assertThat(story.getWaiting()).isNull();
        StoryStage published = story.getStages().stream().filter(s -> s.getStage().equals("published"))
                .findFirst().orElseThrow();
        assertThat(published.getTopic()).isEqualTo("articles.ingested");
        assertThat(published.getVia()).isEqualTo("bucket");
        assertThat(published.getTraceId()).matches("[0-9a-f]{32}");
        assertThat(clients.stories().getPostStatus(id).getBucketKey()).isEqualTo(story.getBucketKey());

        // When the writer retracts it
        ArticleRetracted retracted = clients.posts().retractPost(id, "e2e: the figures were wrong");
        assertThat(retracted.getRevision()).isEqualTo(1);

        // Then it is gone, with when and why, from the article, the lists and the story; its revision is kept
        Waits.until(id + " answers 410 Gone", () -> status(id) == 410);
        assertThatThrownBy(() -> clients.articles().getArticle(id, null, null, null))
                .isInstanceOfSatisfying(ApiException.class, gone -> assertThat(gone.getResponseBody())
                        .contains("\"reason\":\"e2e: the figures were wrong\"").contains("\"revision\":1"));
        assertThat(clients.articles(all -> all).stream().map(ArticleSummary::getId)).doesNotContain(id);
        Waits.until("the story tells the retraction",
                () -> "retracted".equals(state(POST)));
        assertThat(revisions(id)).containsExactly(1);
        assertThat(clients.articles().getRevision(id, "1").getTitle()).isEqualTo(first.getTitle());

        // When the same post is dropped again, Then it comes back as revision 2, and both revisions are kept
        stack.run("drop", sample(POST).toString());
        assertThat(clients.articles().getArticle(id, "2", WAIT, null).getRevision()).isEqualTo(2);
        assertThat(revisions(id)).containsExactly(2, 1);
    }

    @Test
    void aRejectedPostFixedInPlaceIsSentBackAndItsStoryShowsBothAttempts() throws Exception {
        // Given the broken sample, rejected
        Path rejected = stack.bucket().resolve("rejected").resolve(BROKEN);
        stack.run("drop", sample(BROKEN).toString());
        Waits.until(BROKEN + " is quarantined", () -> Files.exists(rejected.resolveSibling(BROKEN + ".error.json")));
        Waits.until("the story of " + BROKEN + " tells its rejection",
                () -> "rejected".equals(state(BROKEN)));

        // When it is fixed where it lies and sent back
        Files.writeString(rejected, "---\ntitle: \"Mended\"\ndate: 2026-12-01 16:00:00\n---\n"
                + "Gold rose 1.2% to $3,050.\n");
        RetryAccepted retry = clients.posts().retryRejectedPost(BROKEN);

        // Then it is read again from incoming/, its report is gone, and it is served
        assertThat(retry.getBucketKey()).isEqualTo("incoming/" + BROKEN);
        assertThat(rejected.resolveSibling(BROKEN + ".error.json")).doesNotExist();
        ArticleView mended = clients.articles().getArticle(SamplePost.idOf(BROKEN), "1", WAIT, null);
        assertThat(mended.getTitle()).isEqualTo("Mended");

        // And its story shows the rejection, then the second attempt through to the read model
        Waits.until("the story of " + BROKEN + " tells both attempts",
                () -> tells(BROKEN, "rejected", "received", "published", "enriched", "materialized"));
        PostStory story = clients.stories().getPostStatusByKey(BROKEN);
        assertThat(story.getState()).isEqualTo("materialized");
        assertThat(story.getStages().get(0).getReason()).contains("unterminated front matter");
    }

    private static Path sample(String name) {
        return stack.root().resolve("samples").resolve(name);
    }

    private static List<String> stages(PostStory story) {
        return story.getStages().stream().map(StoryStage::getStage).toList();
    }

    private static List<Integer> revisions(String id) throws ApiException {
        return clients.articles().listRevisions(id).getItems().stream().map(RevisionSummary::getRevision).toList();
    }

    /**
     * Whether the story of the post at {@code key} holds {@code stages} in that order: its stages come from three
     * consumers of their own and the read model, so one may be told before another that happened earlier.
     */
    private static boolean tells(String key, String... stages) {
        try {
            return containsInOrder(stages(clients.stories().getPostStatusByKey(key)), stages);
        } catch (ApiException e) {
            return false;
        }
    }

    private static boolean containsInOrder(List<String> told, String... stages) {
        int next = 0;
        for (String stage : told) {
            if (next < stages.length && stage.equals(stages[next])) {
                next++;
            }
        }
        return next == stages.length;
    }

    /** The state of the story of the post at {@code key}, or null while query-service has none. */
    private static String state(String key) {
        try {
            return clients.stories().getPostStatusByKey(key).getState();
        } catch (ApiException e) {
            return null;
        }
    }

    private static int status(String id) {
        try {
            clients.articles().getArticle(id, null, null, null);
            return 200;
        } catch (ApiException e) {
            return e.getCode();
        }
    }
}
