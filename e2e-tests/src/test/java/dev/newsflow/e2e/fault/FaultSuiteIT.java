package dev.newsflow.e2e.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.Topics;
import dev.newsflow.e2e.Stack;
import dev.newsflow.e2e.client.QueryApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fault suite: posts are dropped at a steady rate while each part of the stack (ingest, enrich, query, the
 * broker, PostgreSQL) in turn is killed with SIGKILL while posts are in flight, stays down while more arrive, and is
 * restarted with {@code bin/newsflow up}; afterwards every post must be served exactly once, at revision 1, with its
 * figures once, and nothing may be left in {@code incoming/}, {@code rejected/} or a dead-letter topic.
 */
class FaultSuiteIT {

    private static final double POSTS_PER_SECOND = 4;
    /** A part stays down while this many more posts are dropped (3 s). */
    private static final int POSTS_WHILE_DOWN = 12;
    /** The flow is running before the first fault once this many posts are served. */
    private static final int WARM_UP_POSTS = 20;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private static Stack stack;
    private static QueryApi api;
    private static boolean running;

    @BeforeAll
    static void up() {
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("newsflow.faults.home", "target/fault-home")).toAbsolutePath();
        stack = Stack.withEmbeddedPostgres(root, home);
        stack.deleteState();
        running = true;
        stack.run("up");
        api = new QueryApi(stack.queryApi());
    }

    @AfterAll
    static void downEvenAfterAFailure() {
        if (running) {
            List<String> left;
            try {
                stack.run("down");
            } finally {
                left = stack.processes().running();
                stack.processes().killLeftovers();
            }
            assertThat(left).as("processes of the fault suite's stack after down").isEmpty();
        }
    }

    @Test
    void everyPostIsServedOnceAtRevisionOneAfterEachPartIsKilledMidFlow() throws Exception {
        long started = System.nanoTime();
        String run = "faults-" + Long.toString(System.currentTimeMillis(), 36);
        List<Fault> faults = new ArrayList<>();
        SteadyDrops drops = new SteadyDrops(stack.bucket(), run, POSTS_PER_SECOND);
        // Given posts dropped at a steady rate into a running stack
        try (drops) {
            awaitServed(drops, WARM_UP_POSTS);
            // When each part in turn is killed with SIGKILL while posts are in flight, and restarted
            for (Part part : Part.values()) {
                faults.add(crashAndRestart(part, drops));
            }
        }
        List<String> dropped = drops.ids();
        String category = drops.category();
        List<JsonNode> served = awaitAllServed(category, dropped);
        report(faults, dropped.size(), started);

        // Then every post is served exactly once, at revision 1, with each of its figures once
        assertThat(served.stream().map(summary -> summary.get("id").asText()))
                .as("ids served in category %s", category).containsExactlyInAnyOrderElementsOf(dropped);
        for (JsonNode summary : served) {
            String id = summary.get("id").asText();
            JsonNode article = api.article(id).orElseThrow();
            assertThat(article.get("revision").asInt()).as("revision of %s", id).isEqualTo(1);
            List<String> figures = figureKeys(article.get("figures"));
            assertThat(figures).as("figures of %s", id).isNotEmpty().doesNotHaveDuplicates()
                    .hasSize(summary.get("figureCount").asInt());
        }
        // And nothing waits in incoming/ or sits in rejected/, and every post is in processed/
        assertThat(files(stack.bucket().resolve("incoming"))).as("files left in incoming/").isEmpty();
        assertThat(files(stack.bucket().resolve("rejected"))).as("files in rejected/").isEmpty();
        assertThat(files(stack.bucket().resolve("processed"))).as("files in processed/").hasSize(dropped.size());
        // And no event went to a dead-letter topic, nor was any post rejected
        assertThat(TopicSizes.of("127.0.0.1:" + Stack.KAFKA_PORT, List.of(Topics.deadLetterOf(Topics.ARTICLES_INGESTED),
                Topics.deadLetterOf(Topics.ARTICLES_ENRICHED), Topics.ARTICLES_REJECTED)))
                .as("records in the dead-letter and rejection topics")
                .allSatisfy((topic, size) -> assertThat(size).isZero());
    }

    /** One fault injected: which part, the PIDs killed, and how the flow stood when it was killed and brought back. */
    private record Fault(Part part, List<Long> pids, int droppedAtKill, int inFlight, double restartSeconds,
            double catchUpSeconds) {
    }

    private static Fault crashAndRestart(Part part, SteadyDrops drops) {
        int[] inFlight = new int[1];
        await("posts in flight before " + part.component() + " is killed").atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                .until(() -> (inFlight[0] = drops.dropped() - served(drops.category())) > 0);
        int droppedAtKill = drops.dropped();
        List<Long> pids = part.crash(stack);
        await(POSTS_WHILE_DOWN + " posts dropped while " + part.component() + " is down").atMost(PATIENCE)
                .until(() -> drops.dropped() >= droppedAtKill + POSTS_WHILE_DOWN);

        long restart = System.nanoTime();
        stack.run("up");
        double restartSeconds = seconds(System.nanoTime() - restart);
        assertThat(stack.processes().of(part.component())).as("%s after bin/newsflow up", part.component())
                .hasValueSatisfying(process -> assertThat(process.pid()).isNotEqualTo(pids.get(0)));

        long caughtUp = System.nanoTime();
        awaitServed(drops, drops.dropped());
        return new Fault(part, pids, droppedAtKill, inFlight[0], restartSeconds, seconds(System.nanoTime() - caughtUp));
    }

    /** Waits until at least {@code count} posts of the run are served. */
    private static void awaitServed(SteadyDrops drops, int count) {
        await(count + " posts served").atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> served(drops.category()) >= count);
    }

    /**
     * Waits until every dropped post is served, or for {@link #PATIENCE}; then lists what is served, so a loss is
     * named.
     */
    private static List<JsonNode> awaitAllServed(String category, List<String> dropped) {
        try {
            await("all " + dropped.size() + " posts served").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions().until(() -> served(category) >= dropped.size());
        } catch (ConditionTimeoutException e) {
            System.out.println("fault suite: " + e.getMessage() + "; the ids not served follow");
        }
        return api.articles("category=" + category);
    }

    private static int served(String category) {
        return (int) api.articlesInCategory(category);
    }

    /** What makes a figure itself: its subject, its place in the body and its period. */
    private static List<String> figureKeys(JsonNode figures) {
        List<String> keys = new ArrayList<>();
        figures.forEach(f -> keys.add(f.get("subject").asText() + "@" + f.path("start").asText() + "-"
                + f.path("end").asText() + "/" + f.path("period").asText()));
        return keys;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void report(List<Fault> faults, int posts, long started) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "fault suite: %d posts dropped at %.0f/s; %d parts killed with SIGKILL and restarted:%n", posts,
                POSTS_PER_SECOND, faults.size()));
        for (Fault fault : faults) {
            text.append(String.format(Locale.ROOT,
                    "  %-15s killed (pids %s) after %d posts dropped, %d in flight; down while %d more were dropped; "
                            + "bin/newsflow up took %.1f s; caught up %.1f s later%n",
                    fault.part().component(), fault.pids(), fault.droppedAtKill(), fault.inFlight(), POSTS_WHILE_DOWN,
                    fault.restartSeconds(), fault.catchUpSeconds()));
        }
        text.append(String.format(Locale.ROOT, "  all %d served after %.1f s", posts,
                seconds(System.nanoTime() - started)));
        System.out.println(text);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
