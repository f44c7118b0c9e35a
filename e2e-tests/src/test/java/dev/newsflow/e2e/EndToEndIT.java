package dev.newsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.e2e.client.QueryApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole product as a newcomer runs it: {@code bin/newsflow up --samples} on its own ports, state folder and
 * database, then everything is checked through the query API and the bucket, the samples are dropped again, and
 * {@code bin/newsflow down} must leave nothing running. The services resolve host names from a hosts file of their
 * own ({@link SourceHosts}), so the source checks' verdicts are the same with internet access or without.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    private static final String BROKEN = "broken-unclosed-front-matter.md";

    private static Stack stack;
    private static QueryApi api;
    private static List<SamplePost> samples;
    private static boolean down;

    @BeforeAll
    static void up() throws IOException, SQLException {
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("newsflow.e2e.home", "target/e2e-home")).toAbsolutePath();
        String javaOptions = Stack.env("NEWSFLOW_JAVA_OPTS", "") + " "
                + SourceHosts.javaOption(home.resolveSibling("hosts"));
        stack = new Stack(root, home, Map.of("NEWSFLOW_JAVA_OPTS", javaOptions.strip()));
        stack.deleteState();
        Stack.dropDatabase();
        try (Stream<Path> files = Files.list(root.resolve("samples"))) {
            samples = files.filter(file -> !file.getFileName().toString().equals(BROKEN)).sorted()
                    .map(SamplePost::read).toList();
        }
        api = new QueryApi(stack.queryApi());
        stack.run("up", "--samples");
    }

    @AfterAll
    static void downEvenAfterAFailure() {
        if (stack != null && !down) {
            stack.run("down");
        }
    }

    @Test
    @Order(1)
    void everyGoodSampleIsServedWithItsTldrAndTheVerdictOfEachSource() {
        assertThat(samples).hasSizeGreaterThanOrEqualTo(20);
        Waits.until("every good sample is served",
                () -> samples.stream().allMatch(s -> api.article(s.id()).isPresent()));
        for (SamplePost sample : samples) {
            JsonNode article = api.article(sample.id()).orElseThrow();
            String name = sample.file().getFileName().toString();
            assertThat(article.get("title").asText()).as("title of %s", name).isEqualTo(sample.title());
            assertThat(article.get("category").asText()).as("category of %s", name).isEqualTo(sample.category());
            assertThat(texts(article.get("tldr"))).as("tldr of %s", name).isEqualTo(sample.tldr());
            assertThat(article.get("revision").asInt()).as("revision of %s", name).isEqualTo(1);
            assertThat(article.get("bucketKey").asText()).isEqualTo("incoming/" + name);

            assertThat(stream(article.get("sourceChecks")).map(EndToEndIT::check))
                    .as("source checks of %s", name).containsExactlyElementsOf(expectedChecks(sample));
            assertThat(texts(article.get("sources"), "url")).as("sources of %s", name).isEqualTo(sample.sourceLinks());
            assertThat(Files.exists(stack.bucket().resolve("processed").resolve(name))).as("processed/%s", name)
                    .isTrue();
        }
        assertThat(api.articles("")).hasSize(samples.size());
    }

    @Test
    @Order(2)
    void theFiguresOfTheSamplesAreThoseTheirTextStates() {
        Map<String, List<String>> stated = StatedFigures.read();
        assertThat(stated.keySet()).as("samples with stated figures")
                .containsExactlyInAnyOrderElementsOf(samples.stream().map(SamplePost::id).toList());
        for (SamplePost sample : samples) {
            List<JsonNode> figures = stream(api.article(sample.id()).orElseThrow().get("figures")).toList();
            assertThat(figures.stream().map(StatedFigures::of)).as("figures of %s", sample.id())
                    .containsAll(stated.get(sample.id()));
            assertThat(figures).as("figures of %s", sample.id()).doesNotHaveDuplicates();
        }

        assertThat(api.articles("subject=Bitcoin").stream().map(a -> a.get("id").asText()))
                .contains("2026-10-09-bitcoin-tops-90000-etf-inflows",
                        "2026-11-13-bitcoin-slides-below-80000-liquidations");
        assertThat(api.articles("category=Crypto")).hasSize(2);
        assertThat(api.articles("q=payrolls").stream().map(a -> a.get("id").asText()))
                .contains("2026-11-06-dollar-rallies-strong-payrolls");
    }

    @Test
    @Order(3)
    void theBrokenSampleIsQuarantinedWithItsReasonAndBlocksNothing() throws IOException {
        Path rejected = stack.bucket().resolve("rejected").resolve(BROKEN);
        Path report = rejected.resolveSibling(BROKEN + ".error.json");
        Waits.until("the broken sample is quarantined", () -> Files.exists(report));
        assertThat(rejected).exists();
        assertThat(Files.readString(report)).contains("unterminated front matter").contains("incoming/" + BROKEN);
        assertThat(stack.bucket().resolve("incoming").resolve(BROKEN)).doesNotExist();
        assertThat(api.article(SamplePost.idOf(BROKEN))).isEmpty();
    }

    @Test
    @Order(4)
    void droppingTheSamplesAgainChangesNothing() throws IOException {
        Map<String, JsonNode> before = new HashMap<>();
        samples.forEach(sample -> before.put(sample.id(), api.article(sample.id()).orElseThrow()));
        double unchangedBefore = unchanged();

        List<String> drop = new ArrayList<>(List.of("drop"));
        try (Stream<Path> files = Files.list(stack.root().resolve("samples"))) {
            files.sorted().forEach(file -> drop.add(file.toString()));
        }
        stack.run(drop.toArray(String[]::new));

        Waits.until("query-service saw every good sample again, unchanged",
                () -> unchanged() >= unchangedBefore + samples.size());
        for (SamplePost sample : samples) {
            JsonNode again = api.article(sample.id()).orElseThrow();
            JsonNode first = before.get(sample.id());
            assertThat(again.get("revision")).as("revision of %s", sample.id()).isEqualTo(first.get("revision"));
            assertThat(again.get("updatedAt")).as("updatedAt of %s", sample.id()).isEqualTo(first.get("updatedAt"));
            assertThat(again.get("contentHash")).isEqualTo(first.get("contentHash"));
        }
        assertThat(api.articles("")).hasSize(samples.size());
        Waits.until("the broken sample is quarantined again",
                () -> !Files.exists(stack.bucket().resolve("incoming").resolve(BROKEN)));
        assertThat(stack.bucket().resolve("rejected").resolve(BROKEN + ".error.json")).exists();
    }

    @Test
    @Order(5)
    void downLeavesNothingRunning() {
        assertThat(stack.processes().running()).as("processes of the stack before down").hasSizeGreaterThanOrEqualTo(4);
        stack.run("down");
        down = true;
        assertThat(stack.processes().running()).as("processes of the stack after down").isEmpty();
        assertThat(Stack.answeringPorts()).as("ports of the stack after down").isEmpty();
    }

    /** The checks of a sample's links: source_url first, then its Sources section, each link once. */
    private static List<String> expectedChecks(SamplePost sample) {
        Map<String, String> origins = new LinkedHashMap<>();
        origins.put(sample.sourceUrl(), "front_matter");
        sample.sourceLinks().forEach(url -> origins.putIfAbsent(url, "sources_section"));
        List<String> checks = new ArrayList<>();
        origins.forEach((url, origin) -> checks.add(url + " | " + origin + " | " + SourceHosts.expectedCheck(url)));
        return checks;
    }

    private static String check(JsonNode check) {
        return String.join(" | ", check.get("url").asText(), check.get("origin").asText(),
                check.get("verdict").asText(), check.get("reason").asText());
    }

    private static double unchanged() {
        return api.metric("newsflow_query_articles_materialized_total", "outcome=\"unchanged\"");
    }

    private static List<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return stream(array).map(node -> node.get(field).asText()).toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }
}
