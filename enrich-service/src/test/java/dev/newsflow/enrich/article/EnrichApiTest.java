package dev.newsflow.enrich.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Topics;
import dev.newsflow.enrich.support.Articles;
import dev.newsflow.enrich.support.LoopbackPagesResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.metrics.PrometheusText;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(LoopbackPagesResource.class)
class EnrichApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String VALID = "verdict=\"valid\"";
    private static final String INVALID = "verdict=\"invalid\"";
    private static final String BLOCKED = "verdict=\"blocked\"";
    private static final String UNREACHABLE = "verdict=\"unreachable\"";
    private static final String FETCHES = "newsflow_enrich_fetch_time_seconds_count";
    private static final String SOURCE_CHECKS = "cache=\"source-checks\"";
    private static final String CACHE_MISSES = "result=\"miss\"";
    private static final String CACHE_HITS = "result=\"hit\"";
    private static final String ARTICLES = "newsflow_enrich_figures_per_article_count";
    private static final String FIGURES = "newsflow_enrich_figures_per_article_sum";

    @Inject
    ObjectMapper json;

    @Test
    void extractReturnsTheFiguresOfAText() {
        given().contentType("text/plain").body("The Nasdaq rose 2.18% to 23,031.21 on Friday.")
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("figures[0].subject", equalTo("Nasdaq Composite"))
                .body("figures[0].changePercent", equalTo(2.18f))
                .body("figures[0].level", equalTo(23031.21f))
                .body("figures[0].direction", equalTo("up"));
    }

    @Test
    void extractExplainsEachFigureWhenAsked() {
        // Given a text with one move, When it is extracted with explain=true
        given().contentType("text/plain").body("Japan's benchmark index fell 1.2% to 38,210.55 this week.")
                .queryParam("explain", true)
                .when().post("/api/extract")
                .then().statusCode(200)
                // Then the figure lists what made it: the subject found by its market, the sign's word, the number,
                // the level's cue and the period's phrase
                .body("figures[0].subject", equalTo("Nikkei 225"))
                .body("figures[0].changePercent", equalTo(-1.2f))
                .body("figures[0].cues.find { it.role == 'subject' }.rule", equalTo("named by its market"))
                .body("figures[0].cues.find { it.role == 'subject' }.text", equalTo("Japan's benchmark index"))
                .body("figures[0].cues.find { it.role == 'sign' }.text", equalTo("fell"))
                .body("figures[0].cues.find { it.role == 'move' }.text", equalTo("1.2%"))
                .body("figures[0].cues.find { it.role == 'level' }.rule", equalTo("after 'to'"))
                .body("figures[0].cues.find { it.role == 'period' }.text", equalTo("this week"));
    }

    @Test
    void explainedPeriodCuesGiveThePeriodAsTheirTextAndTheReadingAsTheirRule() {
        // Given a text whose periods come from an early hour told before the close, a span's extremes and a date
        // before the latest one the text tells
        String text = "The FTSE 100 rose 0.6% in early trade. The FTSE 100 later closed up 0.2% at 8,120.50. This week"
                + " the Dow reached a high of 42,100.50 and a low of 41,200.25. The S&P 500 rose 1.1% to 5,100.25 on"
                + " March 3. On March 5 the S&P 500 fell 0.4% to 5,080.10.";

        // When it is extracted with explain=true
        given().contentType("text/plain").body(text)
                .queryParam("explain", true)
                .when().post("/api/extract")
                .then().statusCode(200)
                // Then each of those period cues names the period it gave as its text and the reading as its rule
                .body("figures.find { it.subject == 'FTSE 100' && it.period == 'intraday' }.cues"
                        + ".find { it.role == 'period' }", equalTo(java.util.Map.of("role", "period", "text",
                        "intraday", "rule", "an early hour of a session told later too")))
                .body("figures.find { it.level == 42100.5f }.cues.findAll { it.role == 'period' }.last()",
                        equalTo(java.util.Map.of("role", "period", "text", "week", "rule",
                                "an extreme of a span told in the sentence")))
                .body("figures.find { it.level == 5100.25f }.cues.find { it.role == 'period' }",
                        equalTo(java.util.Map.of("role", "period", "text", "prior_session", "rule",
                                "a date before the latest the text tells")));
    }

    @Test
    void extractListsNoCuesUnlessAsked() {
        given().contentType("text/plain").body("Gold rose 0.5% to $2,410.")
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("figures[0].subject", equalTo("Gold"))
                .body("figures[0].cues", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void readinessIncludesKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"));
    }

    @Test
    void metricsCountChecksByVerdictFetchesCacheMissesAndFigures() throws Exception {
        // Given the metrics as they stand, and an article citing a page never checked before and a file URL
        Map<String, Double> before = metrics();
        String page = LoopbackPagesResource.pages().url("/article?metrics=" + UUID.randomUUID());
        String id = "metrics-" + UUID.randomUUID();
        String event = Articles.ingested(json, id, page, List.of("file:///etc/passwd"),
                "The S&P 500 rose 0.4% to 6,105.20.");

        // When it is enriched
        JsonNode enriched;
        try (TopicReader out = TopicReader.fromNow(Topics.ARTICLES_ENRICHED); TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES_INGESTED, id, event);
            enriched = json.readTree(out.await(1, r -> r.key().equals(id), WAIT).get(0).value());
        }

        // Then Prometheus counts one valid and one invalid check, one live fetch, which missed the cache, and the
        // figures of one article
        Map<String, Double> after = metrics();
        Map<String, Double> moved = new HashMap<>();
        after.forEach((name, value) -> moved.put(name, value - before.get(name)));
        assertThat(moved).containsExactlyInAnyOrderEntriesOf(Map.of(VALID, 1.0, INVALID, 1.0, BLOCKED, 0.0,
                UNREACHABLE, 0.0, FETCHES, 1.0, CACHE_MISSES, 1.0, CACHE_HITS, 0.0, ARTICLES, 1.0,
                FIGURES, (double) enriched.get("figures").size()));
    }

    /** The enrich metrics, as Prometheus scrapes them. */
    private static Map<String, Double> metrics() {
        String scraped = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> values = new HashMap<>();
        for (String verdict : List.of(VALID, INVALID, BLOCKED, UNREACHABLE)) {
            values.put(verdict, PrometheusText.sum(scraped, "newsflow_enrich_source_checks_total", verdict));
        }
        values.put(FETCHES, PrometheusText.sum(scraped, FETCHES));
        values.put(CACHE_MISSES, PrometheusText.sum(scraped, "cache_gets_total", SOURCE_CHECKS, CACHE_MISSES));
        values.put(CACHE_HITS, PrometheusText.sum(scraped, "cache_gets_total", SOURCE_CHECKS, CACHE_HITS));
        values.put(ARTICLES, PrometheusText.sum(scraped, ARTICLES));
        values.put(FIGURES, PrometheusText.sum(scraped, FIGURES));
        return values;
    }
}
