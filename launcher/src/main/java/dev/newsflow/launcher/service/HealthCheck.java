package dev.newsflow.launcher.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/** Asks a service's health endpoint: UP only on HTTP 200 with {@code "status": "UP"}. */
public final class HealthCheck {

    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private HealthCheck() {
    }

    /** The answer of {@code url}: {@code UP}, {@code DOWN (HTTP <code>)} or {@code no answer}. */
    public static Answer ask(String url) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && UP.matcher(response.body()).find() ? new Answer(true, "UP")
                    : new Answer(false, "DOWN (HTTP " + response.statusCode() + ")");
        } catch (IOException e) {
            return new Answer(false, "no answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(false, "no answer");
        }
    }

    /** A health answer: whether it is UP, and how status shows it. */
    public record Answer(boolean up, String text) {
    }
}
