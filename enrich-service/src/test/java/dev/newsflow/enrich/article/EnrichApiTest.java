package dev.newsflow.enrich.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.newsflow.enrich.support.LoopbackPagesResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(LoopbackPagesResource.class)
class EnrichApiTest {

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
    void metricsCountChecksByVerdictAndFetchTime() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("newsflow_enrich_source_checks_total{verdict=\"valid\"}"))
                .body(containsString("newsflow_enrich_fetch_time_seconds"))
                .body(containsString("newsflow_enrich_figures_per_article"))
                .body(containsString("cache_gets_total{cache=\"source-checks\""));
    }
}
