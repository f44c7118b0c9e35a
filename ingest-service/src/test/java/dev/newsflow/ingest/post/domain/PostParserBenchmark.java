package dev.newsflow.ingest.post.domain;

import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.ingest.support.Posts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Parser throughput on one thread with a reference-size post, against a baseline of the work no parser can skip
 * (hashing the bytes and decoding them as UTF-8), measured in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PostParserBenchmark {

    private PostParser parser;
    private byte[] post;

    @Setup
    public void setUp() {
        parser = new PostParser(1_048_576, ZoneOffset.UTC, Clock.systemUTC());
        post = Posts.resource("flow/reference.md").getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ArticleIngested parse() throws PostRejectedException {
        return parser.parse("2026/asia-close.md", post);
    }

    @Benchmark
    public String baselineHashAndDecode() {
        return ContentHash.of(post) + new String(post, StandardCharsets.UTF_8).length();
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(PostParserBenchmark.class.getSimpleName()).build()).run();
    }
}
