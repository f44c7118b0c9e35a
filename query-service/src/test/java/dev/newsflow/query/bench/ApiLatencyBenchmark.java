package dev.newsflow.query.bench;

import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Direction;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * API latency with 100,000 articles loaded, driven by wrk on loopback at growing concurrency: requests/s and
 * p50/p99 per step for {@code GET /api/articles/{id}} and a filtered {@code GET /api/articles}. Needs wrk (Debian
 * package). Run: {@code ./mvnw -pl query-service -am verify -Pbench -Dtest=ApiLatencyBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ApiLatencyBenchmark {

    private static final int ARTICLES = 100_000;
    private static final String PREFIX = "api";
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);

    @Test
    void latencyAtGrowingConcurrency() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/wrk")), "wrk is not installed");
        loadArticles();
        String base = "http://127.0.0.1:" + RestAssured.port;
        Path byId = script("request = function() return wrk.format('GET', '/api/articles/" + PREFIX
                + "-' .. math.random(0, " + (ARTICLES - 1) + ")) end");
        Path filtered = script("request = function() return wrk.format('GET', '/api/articles?category=Markets-'"
                + " .. math.random(0, 9) .. '&from=2026-02-01&to=2026-06-30&minScore=3&limit=20') end");
        report("GET /api/articles/{id}", base, byId, 10);
        report("GET /api/articles?category&from&to&minScore", base, filtered, 25);
    }

    private static void report(String name, String base, Path script, double p99Limit) throws Exception {
        run(base, script, 2, "5s");
        double best = 0;
        for (int connections : new int[] {1, 2, 4, 8, 16, 32}) {
            String out = run(base, script, connections, "10s");
            double rate = Double.parseDouble(match(RATE, out));
            double p50 = percentile(out, "50");
            double p99 = percentile(out, "99");
            System.out.printf(Locale.ROOT, "BENCH %s: %d connections, %.0f req/s, p50 %.2f ms, p99 %.2f ms%n",
                    name, connections, rate, p50, p99);
            if (p99 < p99Limit) {
                best = Math.max(best, rate);
            }
        }
        System.out.printf(Locale.ROOT, "BENCH %s: highest rate with p99 under %.0f ms: %.0f req/s%n%n", name,
                p99Limit, best);
    }

    private static String run(String base, Path script, int connections, String duration) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + duration, "--latency", "-s",
                script.toString(), base).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        return out;
    }

    private static double percentile(String out, String which) {
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) {
            if (m.group(1).equals(which)) {
                double value = Double.parseDouble(m.group(2));
                return switch (m.group(3)) {
                    case "us" -> value / 1000;
                    case "s" -> value * 1000;
                    default -> value;
                };
            }
        }
        throw new IllegalStateException("no " + which + "% in wrk output:\n" + out);
    }

    private static String match(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + out);
        }
        return m.group(1);
    }

    private static Path script(String lua) throws IOException {
        Path file = Files.createTempFile("wrk-", ".lua");
        Files.writeString(file, lua);
        return file;
    }

    /** Loads 100,000 articles (ten categories, a year of dates, ten figures each) unless they are there. */
    private static void loadArticles() throws Exception {
        try (Connection c = PostgresTestResource.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from article where id like '" + PREFIX + "-%'")) {
            rs.next();
            if (rs.getLong(1) >= ARTICLES) {
                return;
            }
            s.execute("delete from article where id like '" + PREFIX + "-%'");
        }
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int chunk = 0; chunk < ARTICLES; chunk += 10_000) {
            List<ArticleEnriched> events = new ArrayList<>(10_000);
            for (int i = chunk; i < chunk + 10_000; i++) {
                events.add(article(i, start.plusSeconds(315L * i)));
            }
            JdbcArticleLoader.insert(events, PREFIX, chunk);
        }
        try (Connection c = PostgresTestResource.connect(); Statement s = c.createStatement()) {
            s.execute("analyze");
        }
    }

    private static ArticleEnriched article(int i, Instant published) {
        ArticleEnriched e = Enriched.article(PREFIX + "-" + i, "c" + i, published, published.toString(),
                "Markets-" + (i % 10), i % 3 == 0 ? "Optimistic" : "Cautious", i % 11,
                "The S&P 500 rose 0.4% to 6,105.20 as chip makers rallied; story " + i + ".");
        List<MarketFigure> figures = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            figures.add(new MarketFigure("Subject " + ((i + f) % 200), null, Kind.INDEX, 0.1 * f, null, null,
                    1000.0 + f, null, Direction.UP, null, null, "A sentence.", 0, 10));
        }
        return new ArticleEnriched(e.id(), e.contentHash(), e.bucketKey(), e.ingestedAt(), e.title(), e.category(),
                e.layout(), e.publishedAt(), e.sourceUrl(), e.sentimentScore(), e.sentimentLabel(), e.tldr(),
                e.headline(), e.body(), e.sources(), e.extra(), e.enrichedAt(), e.sourceChecks(), figures);
    }
}
