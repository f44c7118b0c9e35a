package dev.newsflow.query.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.newsflow.contracts.Topics;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The article list: every filter matching and not, keyset paging, full text, and precise 400 problems. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleApiTest {

    private static final Instant INGESTED = Instant.parse("2026-03-02T18:00:00Z");
    private static final String CATEGORY = "cat-" + UUID.randomUUID().toString().substring(0, 8);
    private static boolean published;

    private final String category = CATEGORY;

    @BeforeEach
    void publishArticlesOnce() {
        if (published) {
            return;
        }
        published = true;
        // Given 500 articles of one category, two days apart each hour, and three distinctive ones
        try (TopicWriter writer = new TopicWriter()) {
            for (int i = 0; i < 500; i++) {
                String published = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i).toString();
                writer.send(Topics.ARTICLES_ENRICHED, category + "-" + i, Enriched.json(Enriched.article(
                        category + "-" + i, "h" + i, INGESTED, published, category, i % 2 == 0 ? "Optimistic"
                                : "Cautious",
                        (double) (i % 10), "Routine wrap number " + i + ".")));
            }
            writer.send(Topics.ARTICLES_ENRICHED, category + "-copper", Enriched.json(Enriched.article(category
                    + "-copper", "copper", INGESTED, "2026-06-01T09:00:00Z", category + "-x", "Bullish", 9.5,
                    "Copper smelters in Chile raised output as inventories tumbled.")));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> total(category) == 500);
    }

    @Test
    void pagingThroughFiveHundredArticlesReturnsEachExactlyOnceNewestFirst() {
        // When every page of 37 is read by following nextCursor
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Response page = given().queryParam("category", category).queryParam("limit", 37)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/articles");
            page.then().statusCode(200);
            ids.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);

        // Then each article came once, newest first
        assertThat(ids).hasSize(500).doesNotHaveDuplicates();
        assertThat(ids.get(0)).isEqualTo(category + "-499");
        assertThat(ids.get(499)).isEqualTo(category + "-0");
    }

    @Test
    void eachFilterNarrowsTheListAndMissesWhatDoesNotMatch() {
        assertThat(count("category", category.toUpperCase())).isEqualTo(500);
        assertThat(count("category", category + "-none")).isZero();
        assertThat(count("sentiment", "optimistic")).isEqualTo(250);
        assertThat(count("sentiment", "Euphoric")).isZero();
        assertThat(count("minScore", "9")).isEqualTo(50);
        assertThat(count("maxScore", "0")).isEqualTo(50);
        assertThat(count("minScore", "10")).isZero();
        assertThat(count("from", "2026-01-21")).isEqualTo(500 - 480);
        assertThat(count("to", "2026-01-01")).isEqualTo(24);
        assertThat(count("from", "2026-01-01T10:00:00Z")).isEqualTo(490);
        assertThat(count("from", "2027-01-01")).isZero();
        assertThat(count("subject", "s&p 500")).isEqualTo(500);
        assertThat(count("subject", "Nikkei 225")).isZero();
        assertThat(count("q", "wrap")).isEqualTo(500);
        assertThat(count("q", "smelters")).isZero();
    }

    @Test
    void fullTextFindsAnArticleByAWordOfItsBody() {
        given().queryParam("q", "smelter").queryParam("category", category + "-x").get("/api/articles").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(category + "-copper"))
                .body("items[0].tldr[0]", equalTo("First point of " + category + "-copper"))
                .body("items[0].figureCount", equalTo(1))
                .body("items[0].publishedAt", equalTo("2026-06-01T09:00:00Z"))
                .body("items[0].firstSeenAt",
                        equalTo(given().get("/api/articles/" + category + "-copper").path("firstSeenAt")))
                .body("items[0].updatedAt",
                        equalTo(given().get("/api/articles/" + category + "-copper").path("updatedAt")));
    }

    @Test
    void theOpenApiDocumentShowsAnExampleOfEachAnswerWithTheFieldsTheApiGives() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String list = "paths.'/api/articles'.get.responses";
        String one = "paths.'/api/articles/{id}'.get.responses";

        Map<String, Object> article = given().get("/api/articles/" + category + "-copper").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(doc.getMap(one + ".'200'.content.'application/json'.examples.example.value").keySet())
                .isEqualTo(article.keySet());
        assertThat(doc.getString(one + ".'200'.content.'application/json'.schema.'$ref'")).endsWith("/ArticleView");

        Map<String, Object> summary = given().queryParam("category", category + "-x").get("/api/articles").then()
                .statusCode(200).extract().jsonPath().getMap("items[0]");
        assertThat(doc.getMap(list + ".'200'.content.'application/json'.examples.example.value.items[0]").keySet())
                .isEqualTo(summary.keySet());
        assertThat(doc.getString(list + ".'200'.content.'application/json'.schema.'$ref'"))
                .endsWith("/PageArticleSummary");

        Map<String, Object> badLimit = given().queryParam("limit", "0").get("/api/articles").then().statusCode(400)
                .extract().jsonPath().getMap("");
        assertThat(doc.getMap(list + ".'400'.content.'application/problem+json'.examples.'bad parameter'.value"))
                .isEqualTo(badLimit);
        Map<String, Object> unknown = given().get("/api/articles/no-such-article").then().statusCode(404)
                .extract().jsonPath().getMap("");
        assertThat(doc.getMap(one + ".'404'.content.'application/problem+json'.examples.'unknown id'.value"))
                .isEqualTo(unknown);
        for (String path : List.of("/api/figures", "/api/subjects", "/api/stats/sentiment")) {
            Map<String, Object> item = given().get(path).then().statusCode(200).extract().jsonPath().getMap("items[0]");
            assertThat(doc.getMap("paths.'" + path + "'.get.responses.'200'.content.'application/json'.examples.example"
                    + ".value.items[0]").keySet()).as("example of %s", path).isEqualTo(item.keySet());
        }
    }

    @Test
    void badParametersAre400ProblemsThatNameTheParameter() {
        problem("from", "yesterday", "from");
        problem("to", "2026-13-45", "to");
        problem("limit", "0", "limit");
        problem("limit", "201", "limit");
        problem("limit", "ten", "limit");
        problem("minScore", "high", "minScore");
        problem("cursor", "not-a-cursor", "cursor");
        String figuresCursor = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("figures|1|0|a|0".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        problem("cursor", figuresCursor, "cursor");
    }

    @Test
    void injectionShapedParametersAreHarmless() {
        assertThat(count("category", "x' or '1'='1")).isZero();
        assertThat(count("q", "'); drop table article; --")).isZero();
        assertThat(count("subject", "%")).isZero();
        assertThat(total(category)).isEqualTo(500);
    }

    private void problem(String name, String value, String parameter) {
        given().queryParam(name, value).get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("errors[0].field", equalTo(parameter))
                .body("detail", org.hamcrest.Matchers.startsWith("invalid parameter '" + parameter + "': "));
    }

    private int count(String name, String value) {
        Set<String> ids = new HashSet<>();
        String cursor = "";
        do {
            Response page = given().queryParam("category", name.equals("category") ? value : category)
                    .queryParam(name, value).queryParam("limit", 200).queryParam("cursor", cursor).get("/api/articles");
            page.then().statusCode(200);
            ids.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        return ids.size();
    }

    private static int total(String category) {
        Set<String> ids = new HashSet<>();
        String cursor = "";
        do {
            Response page = given().queryParam("category", category).queryParam("limit", 200)
                    .queryParam("cursor", cursor).get("/api/articles");
            ids.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        return ids.size();
    }
}
