package dev.newsflow.enrich.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.SourceCheck;
import dev.newsflow.enrich.figure.domain.FigureExtractor;
import dev.newsflow.enrich.source.domain.CitedLink;
import dev.newsflow.enrich.source.domain.LinkCollector;
import dev.newsflow.enrich.source.service.SourceChecker;
import dev.newsflow.enrich.support.Articles;
import dev.newsflow.platform.messaging.EventReader;
import dev.newsflow.platform.messaging.EventSizeLimit;
import dev.newsflow.platform.messaging.EventTooLargeException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The CPU time of each stage the service spends on one article, on one thread with live checks off: reading the
 * ingested event (JSON, schema check, record), collecting its links (Markdown rendered, links selected), the static
 * source checks, the figure extraction and writing the enriched event, for the reference wrap and for 3 KB articles of
 * published news. Run with {@code ./mvnw -pl enrich-service -am verify -Pbench -Dtest=EnrichStagesBenchmark}; it
 * prints, never asserts.
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(EnrichNoFetchBenchmark.FetchOff.class)
class EnrichStagesBenchmark {

    private static final int WARM_UP_ROUNDS = 8;
    private static final int ROUNDS = 5;
    private static final long ROUND_NANOS = 2_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Inject
    ObjectMapper json;

    @Inject
    EventReader events;

    @Inject
    SourceChecker checker;

    @Inject
    FigureExtractor extractor;

    @Inject
    EventSizeLimit eventSize;

    private final LinkCollector links = new LinkCollector();

    @Test
    void stagesOfOneArticle() {
        List<String> wrap = List.of(event("wrap", BenchmarkArticle.BODY));
        List<String> published = new ArrayList<>();
        for (String body : RealArticles.of("real-dev")) {
            published.add(event("real-" + published.size(), body));
        }
        Map<String, double[]> wrapStages = measure(wrap);
        Map<String, double[]> realStages = measure(published);
        System.out.printf(Locale.ROOT, "%nBENCH enrich stages, CPU microseconds per article on one thread "
                + "(median of %d rounds after %d of warm-up):%n  %-22s %12s %24s%n", ROUNDS, WARM_UP_ROUNDS, "stage",
                "wrap", "published news (3 KB)");
        double wrapTotal = wrapStages.values().stream().mapToDouble(EnrichStagesBenchmark::median).sum();
        double realTotal = realStages.values().stream().mapToDouble(EnrichStagesBenchmark::median).sum();
        wrapStages.forEach((stage, times) -> System.out.printf(Locale.ROOT,
                "  %-22s %7.1f (%3.0f%%) %17.1f (%3.0f%%)%n", stage, median(times), 100 * median(times) / wrapTotal,
                median(realStages.get(stage)), 100 * median(realStages.get(stage)) / realTotal));
        System.out.printf(Locale.ROOT, "  %-22s %7.1f %24.1f%n  one core at most: %.0f articles/s of the wrap, "
                + "%.0f of published news%n%n", "all", wrapTotal, realTotal, 1e6 / wrapTotal, 1e6 / realTotal);
    }

    private String event(String id, String body) {
        return Articles.ingested(json, id, "https://www.example.com/markets/" + id,
                List.of("https://wire.example.org/story/" + Math.floorMod(id.hashCode(), 20)), body);
    }

    /** Each stage's CPU microseconds per article in each measured round, in the order the service runs them. */
    private Map<String, double[]> measure(List<String> payloads) {
        Map<String, double[]> stages = new LinkedHashMap<>();
        for (String stage : List.of("read the event", "collect the links", "static source checks",
                "extract the figures", "write the event")) {
            stages.put(stage, new double[ROUNDS]);
        }
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            long[] nanos = new long[stages.size()];
            long articles = 0;
            long end = System.nanoTime() + ROUND_NANOS;
            while (System.nanoTime() < end) {
                for (String payload : payloads) {
                    enrich(payload, nanos);
                    articles++;
                }
            }
            if (round >= 0) {
                int k = 0;
                for (double[] times : stages.values()) {
                    times[round] = nanos[k++] / 1e3 / articles;
                }
            }
        }
        return stages;
    }

    /** The service's steps for one article, each adding its thread CPU time to {@code nanos}. */
    private void enrich(String payload, long[] nanos) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        ArticleIngested article = events.read(payload, EventSchemas.ARTICLE_INGESTED, ArticleIngested.class,
                EventTypes.ARTICLE_INGESTED_V1);
        long t1 = THREADS.getCurrentThreadCpuTime();
        List<CitedLink> cited = links.collect(article);
        long t2 = THREADS.getCurrentThreadCpuTime();
        List<SourceCheck> checks = checker.check(cited);
        long t3 = THREADS.getCurrentThreadCpuTime();
        List<MarketFigure> figures = extractor.extract(article.body(), article.tldr());
        long t4 = THREADS.getCurrentThreadCpuTime();
        try {
            eventSize.write("the enriched event", ArticleEnriched.of(article, Instant.now(), checks, figures));
        } catch (EventTooLargeException e) {
            throw new IllegalStateException(e);
        }
        long t5 = THREADS.getCurrentThreadCpuTime();
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
        nanos[2] += t3 - t2;
        nanos[3] += t4 - t3;
        nanos[4] += t5 - t4;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
