package dev.newsflow.e2e.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small client of query-service's HTTP API, as a user would call it with curl. */
public final class QueryApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public QueryApi(URI base) {
        this.base = base;
    }

    /** {@code GET /api/articles/{id}}: the enriched article, or empty on 404. */
    public Optional<JsonNode> article(String id) {
        HttpResponse<String> response = get("/api/articles/" + encode(id));
        return switch (response.statusCode()) {
            case 200 -> Optional.of(parse(response.body()));
            case 404 -> Optional.empty();
            default -> throw unexpected(response);
        };
    }

    /** Every summary {@code GET /api/articles?QUERY} lists, following {@code nextCursor} to the last page. */
    public List<JsonNode> articles(String query) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/api/articles?limit=200" + (query.isEmpty() ? "" : "&" + query)
                    + (cursor == null ? "" : "&cursor=" + encode(cursor));
            JsonNode page = parse(ok(get(path)).body());
            page.get("items").forEach(items::add);
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }

    /** How many articles of {@code category} are queryable, from {@code GET /api/stats/sentiment?by=category}. */
    public long articlesInCategory(String category) {
        for (JsonNode group : parse(ok(get("/api/stats/sentiment?by=category")).body()).get("items")) {
            if (category.equals(group.path("key").asText())) {
                return group.path("articles").asLong();
            }
        }
        return 0;
    }

    /** The sum of the Prometheus series of {@code name} (at {@code /q/metrics}) whose labels contain {@code label}. */
    public double metric(String name, String label) {
        double sum = 0;
        for (String line : ok(get("/q/metrics")).body().split("\n")) {
            if (line.startsWith(name + "{") && line.contains(label)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(request(path), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + base.resolve(path) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw unexpected(response);
        }
        return response;
    }

    private static IllegalStateException unexpected(HttpResponse<String> response) {
        return new IllegalStateException("GET " + response.uri() + " answered " + response.statusCode() + ": "
                + response.body());
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
