package dev.newsflow.ingest.post.domain;

import dev.newsflow.ingest.support.Posts;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * CPU time per post of the parser on one thread, the flat front-matter reader against snakeyaml alone, in
 * alternating rounds in one JVM, so a loaded machine slows both alike (thread CPU time, not wall-clock time).
 * Run with {@code ./mvnw -q -pl ingest-service test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-cp %classpath dev.newsflow.ingest.post.domain.PostParserCpuBenchmark"}.
 */
public final class PostParserCpuBenchmark {

    private static final int POSTS = Integer.getInteger("bench.posts", 20_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 8);

    private PostParserCpuBenchmark() {
    }

    public static void main(String[] args) throws PostRejectedException {
        byte[] post = Posts.resource("flow/reference.md").getBytes(StandardCharsets.UTF_8);
        PostParser flat = new PostParser(1_048_576, ZoneOffset.UTC, Clock.systemUTC(), true);
        PostParser snakeyaml = new PostParser(1_048_576, ZoneOffset.UTC, Clock.systemUTC(), false);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            microsPerPost(flat, post);
            microsPerPost(snakeyaml, post);
        }
        for (int round = 1; round <= ROUNDS; round++) {
            boolean flatFirst = round % 2 == 1;
            double first = microsPerPost(flatFirst ? flat : snakeyaml, post);
            double second = microsPerPost(flatFirst ? snakeyaml : flat, post);
            double flatMicros = flatFirst ? first : second;
            double snakeyamlMicros = flatFirst ? second : first;
            System.out.printf(Locale.ROOT, "BENCH round %d: flat %.1f us CPU/post, snakeyaml only %.1f us CPU/post, "
                    + "ratio %.2f%n", round, flatMicros, snakeyamlMicros, flatMicros / snakeyamlMicros);
        }
    }

    private static double microsPerPost(PostParser parser, byte[] post) throws PostRejectedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        int titles = 0;
        for (int i = 0; i < POSTS; i++) {
            titles += parser.parse("2026/asia-close-" + i + ".md", post).title().length();
        }
        if (titles == 0) {
            throw new IllegalStateException("no title parsed");
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e3 / POSTS;
    }
}
