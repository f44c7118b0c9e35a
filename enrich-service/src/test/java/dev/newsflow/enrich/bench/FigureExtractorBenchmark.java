package dev.newsflow.enrich.bench;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.enrich.figure.domain.FigureExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Figure-extractor throughput on one thread with a reference-size wrap and with 3 KB articles of published news (the
 * {@code real-dev} passages, taken in turn), against two baselines measured in the same run on the wrap: a regex
 * pass that only finds the percentages, and commonmark rendering the same Markdown.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class FigureExtractorBenchmark {

    private static final Pattern PERCENT = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?%");
    private static final List<String> TLDR = List.of("The S&P 500 rose 1.2% to 6,105.20.",
            "Gold rose 0.6% and Brent fell 1.3%.");

    private final FigureExtractor extractor = new FigureExtractor();
    private final Parser markdown = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().build();
    private final List<String> realArticles = RealArticles.of("real-dev");
    private int next;

    @Benchmark
    public List<MarketFigure> extract() {
        return extractor.extract(BenchmarkArticle.BODY, TLDR);
    }

    @Benchmark
    public List<MarketFigure> extractRealNews() {
        next = (next + 1) % realArticles.size();
        return extractor.extract(realArticles.get(next), List.of());
    }

    @Benchmark
    public int baselinePercentRegex() {
        Matcher m = PERCENT.matcher(BenchmarkArticle.BODY);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    @Benchmark
    public String baselineCommonmarkRender() {
        return html.render(markdown.parse(BenchmarkArticle.BODY));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(FigureExtractorBenchmark.class.getSimpleName()).build()).run();
    }
}
