package dev.newsflow.launcher.service;

import dev.newsflow.launcher.LauncherException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Calls a running service's HTTP API on 127.0.0.1, with a bearer token ({@code NEWSFLOW_TOKEN}) when one is set; a
 * service that does not answer is an error that says so.
 */
public final class ServiceApi {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final String service;
    private final int port;
    private final String token;

    /** The API of {@code service} on {@code port}; {@code token} may be null or empty. */
    public ServiceApi(String service, int port, String token) {
        this.service = service;
        this.port = port;
        this.token = token == null || token.isBlank() ? null : token;
    }

    /** What the service answered: the HTTP status and the body. */
    public record Answer(int status, String body) {
    }

    /** {@code GET path}. */
    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** {@code POST path} without a body. */
    public Answer post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** {@code value} as one path segment or query value: every reserved character escaped, a space as %20. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json, application/problem+json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new LauncherException(service + " does not answer on http://127.0.0.1:" + port
                    + " (is it up? see 'bin/newsflow status')");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException(service + ": interrupted");
        }
    }
}
