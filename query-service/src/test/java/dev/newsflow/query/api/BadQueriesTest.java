package dev.newsflow.query.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.newsflow.contracts.Topics;
import dev.newsflow.platform.rest.Problem;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad requests to the query API: each is answered with its exact problem, and the API keeps serving.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class BadQueriesTest {

    private static final String SERVED = "bad-queries-served";
    private static final String NOT_A_CURSOR = "is not a cursor of this list; use the nextCursor of a page";

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("q of 6 KB", "GET", "/api/articles?q=" + "a".repeat(6 * 1024), 400,
                        "invalid parameter 'q': must be at most 500 characters, not 6,144"),
                bad("from later than to", "GET", "/api/articles?from=2026-03-05&to=2026-03-01", 400,
                        "invalid parameter 'from': must not be later than 'to' ('2026-03-05' is after '2026-03-01')"),
                bad("from later than to (figures)", "GET", "/api/figures?from=2026-03-05T10:00:00Z&to=2026-03-05", 400,
                        "invalid parameter 'from': must not be later than 'to' ('2026-03-05T10:00:00Z' is after "
                                + "'2026-03-05')"),
                bad("minScore above maxScore", "GET", "/api/articles?minScore=8&maxScore=2", 400,
                        "invalid parameter 'minScore': must not be above maxScore"),
                bad("subjects limit 0", "GET", "/api/subjects?limit=0", 400,
                        "invalid parameter 'limit': must be a whole number from 1 to 200, not '0'"),
                bad("subjects limit 201", "GET", "/api/subjects?limit=201", 400,
                        "invalid parameter 'limit': must be a whole number from 1 to 200, not '201'"),
                bad("subjects cursor not base64", "GET", "/api/subjects?cursor=%25%25%25", 400,
                        "invalid parameter 'cursor': " + NOT_A_CURSOR),
                bad("subjects cursor of another list", "GET", "/api/subjects?cursor=" + cursor("figures|1|0|a|0"), 400,
                        "invalid parameter 'cursor': " + NOT_A_CURSOR),
                bad("figures cursor of the subjects list", "GET", "/api/figures?cursor=" + cursor("subjects|gold"), 400,
                        "invalid parameter 'cursor': " + NOT_A_CURSOR),
                bad("limit in words", "GET", "/api/articles?limit=ten", 400,
                        "invalid parameter 'limit': must be a whole number from 1 to 200, not 'ten'"),
                bad("from in words", "GET", "/api/articles?from=yesterday", 400, "invalid parameter 'from': must be a "
                        + "date (2026-03-02) or a date-time with an offset (2026-03-02T17:40:00Z), not 'yesterday'"),
                bad("to on February 30", "GET", "/api/figures?to=2026-02-30", 400, "invalid parameter 'to': must be a "
                        + "date (2026-03-02) or a date-time with an offset (2026-03-02T17:40:00Z), not '2026-02-30'"),
                bad("minScore NaN", "GET", "/api/articles?minScore=NaN", 400,
                        "invalid parameter 'minScore': must be a number, not 'NaN'"),
                bad("unknown kind", "GET", "/api/figures?kind=bond", 400, "invalid parameter 'kind': must be one of "
                        + "[index, stock, crypto, commodity, fx, yield, volatility, other], not 'bond'"),
                bad("unknown grouping", "GET", "/api/stats/sentiment?by=week", 400,
                        "invalid parameter 'by': must be 'day' or 'category', not 'week'"),
                bad("unknown article", "GET", "/api/articles/no-such-article", 404,
                        "no article with id 'no-such-article'"),
                bad("unknown path", "GET", "/api/nothing-here", 404, "there is nothing at /api/nothing-here"),
                bad("POST to a list", "POST", "/api/articles", 405, "POST is not allowed on /api/articles"),
                bad("DELETE an article", "DELETE", "/api/articles/" + SERVED, 405,
                        "DELETE is not allowed on /api/articles/" + SERVED));
    }

    @BeforeEach
    void anArticleIsServed() {
        if (ReadModel.revision(SERVED) == null) {
            try (TopicWriter writer = new TopicWriter()) {
                writer.send(Topics.ARTICLES_ENRICHED, SERVED, Enriched.json(Enriched.article(SERVED, SERVED,
                        Instant.parse("2026-03-05T18:00:00Z"), "2026-03-05T17:00:00Z")));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(SERVED) != null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void aBadRequestIsAnsweredWithItsProblemAndTheApiKeepsServing(String name, String method, String path, int status,
            String detail) {
        // When the bad request is made
        Response answer = given().urlEncodingEnabled(false).request(method, path);

        // Then it is answered with exactly this problem
        answer.then().statusCode(status).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("title", equalTo(jakarta.ws.rs.core.Response.Status.fromStatusCode(status).getReasonPhrase()))
                .body("detail", equalTo(detail));

        // And the article around it is still served
        given().get("/api/articles/" + SERVED).then().statusCode(200).body("id", equalTo(SERVED));
        assertThat(given().queryParam("limit", 1).get("/api/articles").statusCode()).isEqualTo(200);
    }

    private static String cursor(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Arguments bad(String name, String method, String path, int status, String detail) {
        return Arguments.of(name, method, path, status, detail);
    }
}
