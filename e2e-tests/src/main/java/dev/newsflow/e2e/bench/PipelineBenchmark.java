package dev.newsflow.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.e2e.bucket.BucketDropper;
import dev.newsflow.e2e.client.QueryApi;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Drop-to-queryable benchmark of a running stack: drops N generated posts into the bucket (as fast as it can, or
 * at a steady rate), waits until query-service serves all of them, and reports the sustained throughput and the
 * latency of each post from its drop to its first materialization in PostgreSQL ({@code firstSeenAt}); given the
 * stack's processes ({@code --process NAME=PID}, repeated), also the CPU milliseconds each spent per post and its
 * resident memory, idle and at its peak.
 *
 * <pre>
 * java -cp 'e2e-tests/target/newsflow-e2e-tests-*.jar:e2e-tests/target/lib/*' \
 *     dev.newsflow.e2e.bench.PipelineBenchmark \
 *     --bucket .newsflow/bucket --api http://localhost:8083 --posts 20000 [--rate 100] [--timeout 900] \
 *     [--process enrich-service=4242 ...]
 * </pre>
 */
public final class PipelineBenchmark {

    private final Path bucket;
    private final QueryApi api;
    private final int posts;
    private final double rate;
    private final Duration timeout;
    private final ProcessGauges gauges;

    private PipelineBenchmark(Path bucket, QueryApi api, int posts, double rate, Duration timeout,
            ProcessGauges gauges) {
        this.bucket = bucket;
        this.api = api;
        this.posts = posts;
        this.rate = rate;
        this.timeout = timeout;
        this.gauges = gauges;
    }

    public static void main(String[] args) throws Exception {
        Path bucket = null;
        URI api = URI.create("http://localhost:8083");
        int posts = 20_000;
        double rate = 0;
        long timeout = 900;
        List<String> processes = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--bucket" -> bucket = Path.of(args[i + 1]);
                case "--api" -> api = URI.create(args[i + 1]);
                case "--posts" -> posts = Integer.parseInt(args[i + 1]);
                case "--rate" -> rate = Double.parseDouble(args[i + 1]);
                case "--timeout" -> timeout = Long.parseLong(args[i + 1]);
                case "--process" -> processes.add(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (bucket == null || args.length % 2 != 0) {
            System.err.println("usage: PipelineBenchmark --bucket DIR [--api URL] [--posts N] [--rate POSTS_PER_S] "
                    + "[--timeout S] [--process NAME=PID ...]");
            System.exit(2);
        }
        boolean complete = new PipelineBenchmark(bucket, new QueryApi(api), posts, rate, Duration.ofSeconds(timeout),
                ProcessGauges.of(processes, PipelineBenchmark::say)).run();
        System.exit(complete ? 0 : 1);
    }

    private boolean run() throws IOException, InterruptedException {
        String run = Long.toString(System.currentTimeMillis(), 36);
        PostGenerator generator = new PostGenerator(run);
        List<PostGenerator.Post> generated = new ArrayList<>(posts);
        long bytes = 0;
        for (int i = 0; i < posts; i++) {
            generated.add(generator.post(i));
            bytes += generated.get(i).content().length;
        }
        say("pipeline benchmark: %,d posts (%.1f KB each on average), category %s, %s", posts, bytes / 1024.0 / posts,
                generator.category(), rate > 0 ? String.format(Locale.ROOT, "dropped at %.0f posts/s", rate)
                        : "dropped as fast as possible");
        double baseline = baseline(generated);
        say("  baseline, same run: writing the same files into a scratch folder (write, then rename): %,.0f files/s",
                baseline);

        BucketDropper dropper = new BucketDropper(bucket);
        gauges.start();
        Instant[] dropped = new Instant[posts];
        long start = System.nanoTime();
        for (int i = 0; i < posts; i++) {
            if (rate > 0) {
                LockSupport.parkNanos(start + (long) (i * 1e9 / rate) - System.nanoTime());
            }
            dropped[i] = Instant.now();
            dropper.drop(generated.get(i).fileName(), generated.get(i).content());
        }
        double dropSeconds = seconds(System.nanoTime() - start);
        say("  dropped in %.1f s (%,.0f posts/s)", dropSeconds, posts / dropSeconds);

        double drained = -1;
        long queryable = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextReport = System.nanoTime() + 5_000_000_000L;
        while (queryable < posts && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            if (drained < 0 && dropper.pending() == 0) {
                drained = seconds(System.nanoTime() - start);
                say("  ingest took every file from incoming/ after %.1f s", drained);
            }
            queryable = api.articlesInCategory(generator.category());
            gauges.sample();
            if (System.nanoTime() > nextReport) {
                say("  ... %,d of %,d queryable after %.0f s", queryable, posts, seconds(System.nanoTime() - start));
                nextReport += 5_000_000_000L;
            }
        }
        if (queryable < posts) {
            say("  INCOMPLETE: only %,d of %,d posts were queryable after %d s", queryable, posts, timeout.toSeconds());
            return false;
        }
        say("  all %,d queryable after %.1f s (as seen by polling once a second)", posts,
                seconds(System.nanoTime() - start));
        report(generated, dropped, baseline, generator.category());
        gauges.report(posts, PipelineBenchmark::say);
        return true;
    }

    private void report(List<PostGenerator.Post> generated, Instant[] dropped, double baseline, String category) {
        Map<String, Instant> firstSeen = new HashMap<>();
        for (JsonNode summary : api.articles("category=" + URLEncoder.encode(category, StandardCharsets.UTF_8))) {
            firstSeen.put(summary.get("id").asText(), Instant.parse(summary.get("firstSeenAt").asText()));
        }
        long[] latencies = new long[posts];
        Instant lastSeen = Instant.MIN;
        for (int i = 0; i < posts; i++) {
            Instant seen = firstSeen.get(generated.get(i).id());
            if (seen == null) {
                throw new IllegalStateException(generated.get(i).id() + " was counted but is not listed");
            }
            latencies[i] = Duration.between(dropped[i], seen).toMillis();
            lastSeen = seen.isAfter(lastSeen) ? seen : lastSeen;
        }
        double window = Duration.between(dropped[0], lastSeen).toNanos() / 1e9;
        double throughput = posts / window;
        say("  sustained: %,.0f posts/s (%,d posts from the first drop to the last first-seen in PostgreSQL, %.1f s); "
                + "ratio to the baseline %.3f", throughput, posts, window, throughput / baseline);
        Arrays.sort(latencies);
        say("  drop-to-queryable latency: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms", percentile(latencies, 50),
                percentile(latencies, 90), percentile(latencies, 99), latencies[posts - 1]);
    }

    /** Writes and renames the same files into a scratch folder next to the bucket: the file-system's own pace. */
    private double baseline(List<PostGenerator.Post> generated) throws IOException {
        Path scratch = Files.createTempDirectory(bucket.toAbsolutePath().getParent(), "bench-baseline-");
        try {
            BucketDropper dropper = new BucketDropper(scratch);
            long start = System.nanoTime();
            for (PostGenerator.Post post : generated) {
                dropper.drop(post.fileName(), post.content());
            }
            return generated.size() / seconds(System.nanoTime() - start);
        } finally {
            try (var files = Files.walk(scratch)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void say(String line) {
        System.out.println(line);
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
