package dev.newsflow.enrich.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.enrich.support.Articles;
import dev.newsflow.enrich.support.LoopbackPages;
import dev.newsflow.enrich.support.LoopbackPagesResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput with live checks on against loopback pages and a warm cache. Run: {@code -Pbench
 * -Dtest='Enrich*Benchmark'}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(KafkaTestResource.class)
@WithTestResource(LoopbackPagesResource.class)
class EnrichLiveChecksBenchmark {

    static final int ARTICLES = Integer.getInteger("bench.articles", 20_000);

    @Inject
    ObjectMapper json;

    @Test
    void liveChecksWithAWarmCache() throws Exception {
        LoopbackPages pages = LoopbackPagesResource.pages();
        Function<String, String> event = key -> Articles.ingested(json, key,
                pages.url("/article?n=" + (key.hashCode() % 50)),
                List.of(pages.url("/titled?n=" + (key.hashCode() % 20))), BenchmarkArticle.BODY);
        EnrichThroughput.warmUp("live-warm-up", event);
        double raw = EnrichThroughput.rawConsumeAndProduce(ARTICLES, event);
        double service = EnrichThroughput.service("live", ARTICLES, event);
        EnrichThroughput.report("enrich (live checks, warm cache)", ARTICLES, service, raw);
    }
}
