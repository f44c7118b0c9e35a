package dev.newsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.client.enrich.api.FiguresApi.APIExtractFiguresRequest;
import dev.newsflow.client.enrich.model.Figures;
import dev.newsflow.client.ingest.api.PostsApi.APISubmitPostRequest;
import dev.newsflow.client.ingest.model.PostAccepted;
import dev.newsflow.client.query.ApiException;
import dev.newsflow.client.query.api.ArticlesApi.APIStreamArticlesRequest;
import dev.newsflow.client.query.api.FiguresApi.APIListFiguresRequest;
import dev.newsflow.client.query.api.FiguresApi.APIListSubjectsRequest;
import dev.newsflow.client.query.api.StatsApi.APIGetSentimentStatsRequest;
import dev.newsflow.client.query.model.ArticleSummary;
import dev.newsflow.client.query.model.ArticleView;
import dev.newsflow.client.query.model.SourceCheck;
import dev.newsflow.client.query.model.SourceLink;
import dev.newsflow.e2e.client.QueryApi;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
    private static final String HTTP_POST_BODY =
            "The Nasdaq rose 2.18% to 23,031.21, while the 10-year yield fell 5 basis points to 4.21%.\n";
    private static final String HTTP_POST = "---\ntitle: \"Nasdaq gains as yields ease\"\ncategory: \"E2E\"\n"
            + "date: 2026-12-01 16:00:00\n---\n" + HTTP_POST_BODY;

    private static Stack stack;
    private static QueryApi api;
    private static ServiceClients clients;
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
        clients = new ServiceClients(stack);
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
                () -> samples.stream().allMatch(s -> clients.article(s.id()).isPresent()));
        for (SamplePost sample : samples) {
            ArticleView article = clients.article(sample.id()).orElseThrow();
            String name = sample.file().getFileName().toString();
            assertThat(article.getTitle()).as("title of %s", name).isEqualTo(sample.title());
            assertThat(article.getCategory()).as("category of %s", name).isEqualTo(sample.category());
            assertThat(article.getTldr()).as("tldr of %s", name).isEqualTo(sample.tldr());
            assertThat(article.getRevision()).as("revision of %s", name).isEqualTo(1);
            assertThat(article.getBucketKey()).isEqualTo("incoming/" + name);

            assertThat(article.getSourceChecks().stream().map(EndToEndIT::check))
                    .as("source checks of %s", name).containsExactlyElementsOf(expectedChecks(sample));
            assertThat(article.getSources().stream().map(SourceLink::getUrl)).as("sources of %s", name)
                    .containsExactlyElementsOf(sample.sourceLinks());
            assertThat(Files.exists(stack.bucket().resolve("processed").resolve(name))).as("processed/%s", name)
                    .isTrue();
        }
        assertThat(clients.articles(all -> all)).hasSize(samples.size());
    }

    @Test
    @Order(2)
    void theFiguresOfTheSamplesAreThoseTheirTextStates() {
        Map<String, List<String>> stated = StatedFigures.read();
        assertThat(stated.keySet()).as("samples with stated figures")
                .containsExactlyInAnyOrderElementsOf(samples.stream().map(SamplePost::id).toList());
        for (SamplePost sample : samples) {
            List<JsonNode> figures = clients.article(sample.id()).orElseThrow().getFigures().stream()
                    .map(clients::tree).toList();
            assertThat(figures.stream().map(StatedFigures::of)).as("figures of %s", sample.id())
                    .containsAll(stated.get(sample.id()));
            assertThat(figures).as("figures of %s", sample.id()).doesNotHaveDuplicates();
        }

        assertThat(clients.articles(r -> r.subject("Bitcoin")).stream().map(ArticleSummary::getId))
                .contains("2026-10-09-bitcoin-tops-90000-etf-inflows",
                        "2026-11-13-bitcoin-slides-below-80000-liquidations");
        assertThat(clients.articles(r -> r.category("Crypto"))).hasSize(2);
        assertThat(clients.articles(r -> r.q("payrolls")).stream().map(ArticleSummary::getId))
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
        assertThat(clients.article(SamplePost.idOf(BROKEN))).isEmpty();
    }

    @Test
    @Order(4)
    void droppingTheSamplesAgainChangesNothing() throws IOException {
        Map<String, ArticleView> before = new HashMap<>();
        samples.forEach(sample -> before.put(sample.id(), clients.article(sample.id()).orElseThrow()));
        double unchangedBefore = unchanged();

        List<String> drop = new ArrayList<>(List.of("drop"));
        try (Stream<Path> files = Files.list(stack.root().resolve("samples"))) {
            files.sorted().forEach(file -> drop.add(file.toString()));
        }
        stack.run(drop.toArray(String[]::new));

        Waits.until("query-service saw every good sample again, unchanged",
                () -> unchanged() >= unchangedBefore + samples.size());
        for (SamplePost sample : samples) {
            ArticleView again = clients.article(sample.id()).orElseThrow();
            ArticleView first = before.get(sample.id());
            assertThat(again.getRevision()).as("revision of %s", sample.id()).isEqualTo(first.getRevision());
            assertThat(again.getUpdatedAt()).as("updatedAt of %s", sample.id()).isEqualTo(first.getUpdatedAt());
            assertThat(again.getContentHash()).isEqualTo(first.getContentHash());
        }
        assertThat(clients.articles(all -> all)).hasSize(samples.size());
        Waits.until("the broken sample is quarantined again",
                () -> !Files.exists(stack.bucket().resolve("incoming").resolve(BROKEN)));
        assertThat(stack.bucket().resolve("rejected").resolve(BROKEN + ".error.json")).exists();
    }

    @Test
    @Order(5)
    void everyEndpointAnswersTheClientGeneratedFromItsDocument() throws Exception {
        // Given the samples served, and a follower of query-service's live stream
        assertThat(clients.figures().listFigures(APIListFiguresRequest.newBuilder().subject("Bitcoin").build())
                .getItems()).isNotEmpty().allSatisfy(item -> {
                    assertThat(item.getFigure().getSubject()).isEqualTo("Bitcoin");
                    assertThat(item.getArticleId()).isIn(samples.stream().map(SamplePost::id).toList());
                });
        assertThat(clients.figures().listSubjects(APIListSubjectsRequest.newBuilder().limit("200").build())
                .getItems()).anySatisfy(subject -> assertThat(subject.getSubject()).isEqualTo("Bitcoin"));
        assertThat(clients.stats().getSentimentStats(APIGetSentimentStatsRequest.newBuilder().by("category").build())
                .getItems()).anySatisfy(group -> assertThat(group.getKey() + ": " + group.getArticles())
                        .isEqualTo("Crypto: 2"));
        assertThatThrownBy(() -> clients.articles().streamArticles(
                APIStreamArticlesRequest.newBuilder().lastEventID("not-an-event-id").build()))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.getCode() + " "
                        + refused.getResponseBody()).startsWith("400 ").contains(
                                "\"detail\":\"invalid parameter 'Last-Event-ID': is not an event id of this stream\""));
        HttpResponse<Stream<String>> stream = clients.http().send(HttpRequest.newBuilder(
                clients.queryBase().resolve("/api/articles/stream")).build(), HttpResponse.BodyHandlers.ofLines());
        try {
            CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> stream.body()
                    .filter(line -> line.startsWith("data:") && line.contains("\"id\":\"e2e-over-http\""))
                    .findFirst().orElse("the stream ended"));

            // When a post is submitted to ingest-service over HTTP
            PostAccepted accepted = clients.posts().submitPost(
                    APISubmitPostRequest.newBuilder().name("e2e/over-http.md").body(HTTP_POST).build());

            // Then it is published under the id its name gives, with the hash of its bytes
            assertThat(accepted.getId()).isEqualTo("e2e-over-http");
            assertThat(accepted.getContentHash()).isEqualTo(sha256(HTTP_POST));
            // And the stream's follower sees it stored, and query-service serves it with the figures enrich-service
            // extracts from its text
            assertThat(event.get(2, TimeUnit.MINUTES)).contains("\"title\":\"Nasdaq gains as yields ease\"");
        } finally {
            stream.body().close();
        }
        ArticleView served = clients.article("e2e-over-http").orElseThrow();
        Figures extracted = clients.extractor().extractFigures(
                APIExtractFiguresRequest.newBuilder().body(HTTP_POST_BODY).explain(true).build());
        assertThat(extracted.getFigures()).isNotEmpty().allSatisfy(figure -> assertThat(figure.getCues()).isNotEmpty());
        assertThat(served.getFigures().stream().map(clients::tree).map(StatedFigures::of))
                .containsExactlyElementsOf(extracted.getFigures().stream().map(clients::tree).map(StatedFigures::of)
                        .toList());
    }

    @Test
    @Order(6)
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

    private static String check(SourceCheck check) {
        return String.join(" | ", check.getUrl(), check.getOrigin().getValue(), check.getVerdict().getValue(),
                String.valueOf(check.getReason()));
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static double unchanged() {
        return api.metric("newsflow_query_articles_materialized_total", "outcome=\"unchanged\"");
    }

}
