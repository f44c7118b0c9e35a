package dev.newsflow.ingest.post.domain;

import dev.newsflow.ingest.support.CpuRounds;
import dev.newsflow.ingest.support.Posts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * CPU time per post of the parser on one thread with the reference post, in alternating rounds in one JVM: the flat
 * front-matter reader against snakeyaml alone, and the outline's plain-link scanner against the patterns alone.
 * Run with {@code ./mvnw -q -pl ingest-service test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-cp %classpath dev.newsflow.ingest.post.domain.PostParserCpuBenchmark"}.
 */
public final class PostParserCpuBenchmark {

    private static final int POSTS = Integer.getInteger("bench.posts", 20_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 8);

    private PostParserCpuBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String text = Posts.resource("flow/reference.md");
        byte[] post = text.getBytes(StandardCharsets.UTF_8);
        String body = FrontMatter.split(text).body();
        PostParser flat = new PostParser(1_048_576, ZoneOffset.UTC, Clock.systemUTC(), true);
        PostParser snakeyaml = new PostParser(1_048_576, ZoneOffset.UTC, Clock.systemUTC(), false);
        CpuRounds.compare("parse", "flat front matter", times -> parse(flat, post, times), "snakeyaml only",
                times -> parse(snakeyaml, post, times), POSTS, ROUNDS);
        CpuRounds.compare("outline", "plain-link scanner", times -> outline(MarkdownOutline::of, body, times),
                "patterns only", times -> outline(RegexOutline::of, body, times), POSTS, ROUNDS);
    }

    private static void parse(PostParser parser, byte[] post, int times) throws PostRejectedException {
        int titles = 0;
        for (int i = 0; i < times; i++) {
            titles += parser.parse("2026/asia-close-" + i + ".md", post).title().length();
        }
        check(titles);
    }

    private static void outline(java.util.function.Function<String, MarkdownOutline> reader, String body, int times) {
        int sources = 0;
        for (int i = 0; i < times; i++) {
            sources += reader.apply(body).sources().size();
        }
        check(sources);
    }

    private static void check(int found) {
        if (found == 0) {
            throw new IllegalStateException("nothing read");
        }
    }
}
