package dev.newsflow.ingest.post.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.support.BadPosts;
import dev.newsflow.ingest.support.BadPosts.BadPost;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad requests to {@code POST /api/posts}: each is answered with its exact problem, and a good post
 * sent after it is accepted.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class PostBadInputsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String HOW = ": send a post as text/markdown (or text/x-markdown, text/plain, "
            + "application/octet-stream), or without a Content-Type";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI root;

    @Inject
    ObjectMapper json;

    static List<BadPost> badPosts() {
        return BadPosts.all();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                request("Content-Type application/json", "POST", "/api/posts?name=t.md", "application/json", 415,
                        "the Content-Type 'application/json' is not accepted" + HOW),
                request("Content-Type of a form", "POST", "/api/posts?name=t.md", "application/x-www-form-urlencoded",
                        415, "the Content-Type 'application/x-www-form-urlencoded' is not accepted" + HOW),
                request("Content-Type image/png", "POST", "/api/posts?name=t.md", "image/png", 415,
                        "the Content-Type 'image/png' is not accepted" + HOW),
                request("no name", "POST", "/api/posts", "text/markdown", 400, "name: the name is empty"),
                request("name escaping the bucket", "POST", "/api/posts?name=../etc/passwd.md", "text/markdown", 400,
                        "name: the name must not contain empty, '.' or '..' segments"),
                request("GET on the posts", "GET", "/api/posts", null, 405, "GET is not allowed on /api/posts"),
                request("a path under the posts", "POST", "/api/posts/extra", "text/markdown", 404,
                        "there is nothing at /api/posts/extra"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPosts")
    void aBadPostIsA422ProblemWithItsReasonAndTheNextPostIsAccepted(BadPost bad) throws Exception {
        // When the bad post is sent
        HttpResponse<String> answer = send("POST", "/api/posts?name=api-catalogue/" + bad.file(), "text/markdown",
                bad.content());

        // Then it is a 422 problem whose detail is the reason
        JsonNode problem = problem(answer, 422);
        assertThat(problem.get("title").asText()).isEqualTo("Unprocessable Content");
        assertThat(problem.get("detail").asText()).matches(bad.reason());

        // And a good post after it is accepted
        assertGoodPostAccepted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void aBadRequestIsAProblemAndTheNextPostIsAccepted(String name, String method, String path, String contentType,
            int status, String detail) throws Exception {
        HttpResponse<String> answer = send(method, path, contentType,
                Posts.valid(name).getBytes(StandardCharsets.UTF_8));

        assertThat(problem(answer, status).get("detail").asText()).isEqualTo(detail);
        assertGoodPostAccepted();
    }

    @Test
    void aPostWithoutContentTypeIsTakenAsMarkdown() throws Exception {
        for (String type : new String[] {null, "text/plain", "text/x-markdown", "application/octet-stream",
                "text/markdown; charset=UTF-8", "text/markdown; charset=ISO-8859-1"}) {
            String key = "api-catalogue/typed-" + UUID.randomUUID().toString().substring(0, 8) + ".md";
            assertThat(send("POST", "/api/posts?name=" + key, type, Posts.valid("Typed " + type)
                    .getBytes(StandardCharsets.UTF_8)).statusCode()).as(String.valueOf(type)).isEqualTo(202);
        }
    }

    @Test
    void aBodyOverTheServersLimitIsA413Problem() throws Exception {
        // When a request declares a body of 16 MiB and one byte
        String answer;
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/posts?name=huge.md HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/markdown\r\n"
                    + "Content-Length: 16777217\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            answer = readAnswer(socket.getInputStream());
        }

        // Then it is refused before the body is read, with a problem that gives both sizes
        assertThat(answer).startsWith("HTTP/1.1 413 Request Entity Too Large\r\n").contains("content-type: " + PROBLEM)
                .endsWith("{\"type\":\"about:blank\",\"title\":\"Request Entity Too Large\",\"status\":413,"
                        + "\"detail\":\"the request body is 16,777,217 bytes, over the 16,777,216-byte limit\"}");
        assertGoodPostAccepted();
    }

    /** The status line, headers and body of one HTTP/1.1 answer whose body has a Content-Length. */
    private static String readAnswer(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(body, StandardCharsets.UTF_8);
    }

    private void assertGoodPostAccepted() throws Exception {
        String key = "api-catalogue/good-" + UUID.randomUUID().toString().substring(0, 8) + ".md";
        HttpResponse<String> good = send("POST", "/api/posts?name=" + key, "text/markdown",
                Posts.valid("Good post").getBytes(StandardCharsets.UTF_8));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(202);
    }

    private JsonNode problem(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("content-type")).hasValue(PROBLEM);
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Arguments request(String name, String method, String path, String contentType, int status,
            String detail) {
        return Arguments.of(name, method, path, contentType, status, detail);
    }
}
