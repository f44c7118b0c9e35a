package dev.newsflow.enrich.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.enrich.support.Articles;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Throughput with live checks off. Run: {@code -Pbench -Dtest='Enrich*Benchmark'}. */
@QuarkusTest
@Tag("benchmark")
@TestProfile(EnrichNoFetchBenchmark.FetchOff.class)
class EnrichNoFetchBenchmark {

    @Inject
    ObjectMapper json;

    @Test
    void liveChecksOff() throws Exception {
        Function<String, String> event = key -> Articles.ingested(json, key, "https://www.example.com/markets/" + key,
                List.of("https://wire.example.org/story/" + (key.hashCode() % 20)), BenchmarkArticle.BODY);
        EnrichThroughput.warmUp("off-warm-up", event);
        double raw = EnrichThroughput.rawConsumeAndProduce(EnrichLiveChecksBenchmark.ARTICLES, event);
        double service = EnrichThroughput.service("off", EnrichLiveChecksBenchmark.ARTICLES, event);
        EnrichThroughput.report("enrich (live checks off)", EnrichLiveChecksBenchmark.ARTICLES, service, raw);
    }

    /** Live checks off. */
    public static class FetchOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsflow.enrich.fetch.enabled", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaTestResource.class));
        }
    }
}
