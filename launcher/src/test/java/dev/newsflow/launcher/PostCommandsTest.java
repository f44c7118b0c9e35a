package dev.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status FILE} and {@code retry NAME} against stand-ins of query-service's and ingest-service's APIs (the real
 * endpoints are tested in their modules): the request each sends, what each prints, and each error.
 */
class PostCommandsTest {

    private static final String STORY = """
            {"id":"2026-gold","bucketKey":"incoming/2026/gold.md","state":"enriched","stages":[
             {"stage":"rejected","at":"2026-03-02T17:44:01.120Z","topic":"articles.rejected","partition":0,
              "offset":41,"via":"bucket","reason":"line 3, field 'date': '2026-13-45' is not a date"},
             {"stage":"received","at":"2026-03-02T17:45:03.120Z","revision":1},
             {"stage":"published","at":"2026-03-02T17:45:03.164Z","topic":"articles.ingested","partition":2,
              "offset":1187,"revision":1,"via":"bucket","traceId":"4bf92f3577b34da6a3ce929d0e0e4736"},
             {"stage":"enriched","at":"2026-03-02T17:45:04.002Z","topic":"articles.enriched","partition":2,
              "offset":1190,"revision":1,"checks":{"UNREACHABLE":1,"VALID":2},"figureCount":3}],
             "waiting":{"on":"query-service","seconds":4}}""";

    @TempDir
    Path folder;

    private TestStack stack;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        stack = new TestStack(folder, Map.of());
    }

    @AfterEach
    void tearDown() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void statusFilePrintsTheStoryOneStageALine() throws IOException {
        // Given query-service answering a story, and a token in the environment
        serve("query-service", 200, STORY);
        stack.env.put("NEWSFLOW_TOKEN", "t0ken");

        // When the story of a dropped file is asked for
        Path dropped = Files.writeString(folder.resolve("gold.md"), "---\ntitle: Gold\n---\n");
        TestStack.Run run = stack.run("status", dropped.toString());

        // Then it asked by the file's name, with the token, and printed one line per stage
        assertThat(run.exit()).isZero();
        assertThat(requests).containsExactly("GET /api/posts/status?key=gold.md Bearer t0ken");
        assertThat(run.out()).isEqualTo("""
                incoming/2026/gold.md  (article 2026-gold)
                state: enriched, waiting on query-service for 4 s
                  2026-03-02T17:44:01.120Z  rejected      articles.rejected-0@41, via bucket, line 3, field 'date': \
                '2026-13-45' is not a date
                  2026-03-02T17:45:03.120Z  received      revision 1
                  2026-03-02T17:45:03.164Z  published     articles.ingested-2@1187, revision 1, via bucket, trace \
                4bf92f3577b34da6a3ce929d0e0e4736
                  2026-03-02T17:45:04.002Z  enriched      articles.enriched-2@1190, revision 1, checks 1 UNREACHABLE, \
                2 VALID, 3 figures
                """);
    }

    @Test
    void statusOfAnUnknownPostIsAnErrorWithQueryServicesDetail() throws IOException {
        serve("query-service", 404, "{\"status\":404,\"detail\":\"no post with key or file name 'incoming/a b.md' "
                + "has been seen on articles.ingested, articles.rejected or articles.enriched\"}");

        TestStack.Run run = stack.run("status", "incoming/a b.md");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(requests).containsExactly("GET /api/posts/status?key=incoming%2Fa%20b.md -");
        assertThat(run.err()).isEqualTo("bin/newsflow: error: status: no post with key or file name 'incoming/a b.md' "
                + "has been seen on articles.ingested, articles.rejected or articles.enriched\n");
    }

    @Test
    void statusFileWhenQueryServiceIsNotUpSaysSo() {
        TestStack.Run run = stack.run("status", "gold.md");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("bin/newsflow: error: query-service does not answer on http://127.0.0.1:"
                + stack.port("query-service") + " (is it up? see 'bin/newsflow status')\n");
    }

    @Test
    void retrySendsTheRejectedPostBackAndSaysWhereFrom() throws IOException {
        serve("ingest-service", 202, "{\"bucketKey\":\"incoming/2026/gold record.md\"}");

        TestStack.Run run = stack.run("retry", "rejected/2026/gold record.md");

        assertThat(run.exit()).isZero();
        assertThat(requests).containsExactly("POST /api/posts/rejected/2026%2Fgold%20record.md/retry -");
        assertThat(run.out()).isEqualTo("sent rejected/2026/gold record.md back to incoming/2026/gold record.md; "
                + "follow it with 'bin/newsflow status 2026/gold record.md'\n");
    }

    @Test
    void retryOfAPostThatIsNotRejectedIsAnErrorWithIngestServicesDetail() throws IOException {
        serve("ingest-service", 404, "{\"status\":404,\"detail\":\"there is no rejected post rejected/x.md\"}");

        TestStack.Run run = stack.run("retry", "x.md");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("bin/newsflow: error: retry: there is no rejected post rejected/x.md\n");
    }

    /** Answers every request on {@code service}'s port with {@code status} and {@code body}, noting each request. */
    private void serve(String service, int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", stack.port(service)), 0);
        server.createContext("/", exchange -> {
            String token = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI()
                    .getRawQuery()) + " " + (token == null ? "-" : token));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }
}
