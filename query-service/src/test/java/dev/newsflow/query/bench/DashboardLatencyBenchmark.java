package dev.newsflow.query.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.query.stats.persistence.SentimentTallies;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long each dashboard page takes with 100,000 articles (a million figures) in the read model: one client,
 * requests one after another, p50/p95/max per page, against the plain JSON list of the same articles
 * ({@code GET /api/articles?limit=20}) timed in the same run; the sentiment tally folded first, as the service
 * does within seconds of a write. Run:
 * {@code ./mvnw -pl query-service -am verify -Pbench -Dtest=DashboardLatencyBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DashboardLatencyBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 60;

    private final HttpClient client = HttpClient.newHttpClient();

    @Inject
    SentimentTallies tallies;

    @Test
    void everyPageWithAHundredThousandArticles() throws Exception {
        HundredThousandArticles.load();
        tallies.fold();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("baseline: GET /api/articles?limit=20", "/api/articles?limit=20");
        pages.put("front page", "/");
        pages.put("front page, one category", "/?category=Markets-3");
        pages.put("front page, searched", "/?q=" + URLEncoder.encode("chip makers", StandardCharsets.UTF_8));
        pages.put("article", "/articles/" + HundredThousandArticles.PREFIX + "-51234");
        pages.put("instruments", "/subjects");
        pages.put("instrument (5,000 figures)", "/subjects/" + URLEncoder.encode("Subject 7", StandardCharsets.UTF_8)
                .replace("+", "%20"));
        pages.put("sentiment", "/sentiment");
        pages.put("front page, third page", thirdPage());
        double baseline = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            long[] nanos = time(page.getValue());
            double p50 = millis(nanos, 0.50);
            if (baseline == 0) {
                baseline = p50;
            }
            System.out.printf(Locale.ROOT, "BENCH dashboard %-32s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms"
                    + "  (p50 %.1f× the baseline)%n", page.getKey(), p50, millis(nanos, 0.95),
                    nanos[nanos.length - 1] / 1e6, p50 / baseline);
        }
    }

    /** The path of the front page's third page, followed from its "Older articles" links. */
    private String thirdPage() throws Exception {
        String path = "/";
        for (int page = 0; page < 2; page++) {
            String html = get(path).body();
            int at = html.indexOf("rel=\"next\" href=\"");
            assertThat(at).as("a next link on %s", path).isPositive();
            path = html.substring(at + 17, html.indexOf('"', at + 17)).replace("&amp;", "&");
        }
        return path;
    }

    private long[] time(String path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(get(path).statusCode()).as("status of %s", path).isEqualTo(200);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(path);
            nanos[i] = System.nanoTime() - start;
            assertThat(response.statusCode()).isEqualTo(200);
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
    }
}
