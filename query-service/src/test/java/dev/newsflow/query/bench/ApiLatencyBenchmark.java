package dev.newsflow.query.bench;

import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);

    @Test
    void latencyAtGrowingConcurrency() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/wrk")), "wrk is not installed");
        HundredThousandArticles.load();
        String base = "http://127.0.0.1:" + RestAssured.port;
        Path byId = script("request = function() return wrk.format('GET', '/api/articles/"
                + HundredThousandArticles.PREFIX + "-' .. math.random(0, " + (HundredThousandArticles.COUNT - 1)
                + ")) end");
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
}
