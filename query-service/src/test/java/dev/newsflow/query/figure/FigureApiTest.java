package dev.newsflow.query.figure;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Direction;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Figures as a time series per subject, the latest state of every subject, and sentiment statistics. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class FigureApiTest {

    private static final Instant INGESTED = Instant.parse("2026-03-05T18:00:00Z");

    @Test
    void figuresOfASubjectComeOldestFirstAndTheSubjectShowsItsLatestLevelAndMove() {
        // Given three days of articles about one instrument
        String subject = "Test Index " + UUID.randomUUID().toString().substring(0, 8);
        String run = subject.substring(11);
        publish(article(run + "-d1", subject, "2026-03-02T16:00:00Z", 1.5, 5000.0));
        publish(article(run + "-d2", subject, "2026-03-03T16:00:00Z", -0.5, null));
        publish(article(run + "-d3", subject, "2026-03-04T16:00:00Z", null, 5010.0));
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-d3") != null);

        // When its figures are listed, two per page
        given().queryParam("subject", subject.toLowerCase()).queryParam("kind", "index").queryParam("limit", 2)
                .get("/api/figures").then().statusCode(200)
                // Then they come oldest first with their article and publication time, and a cursor to the rest
                .body("items", hasSize(2))
                .body("items[0].articleId", equalTo(run + "-d1"))
                .body("items[0].publishedAt", equalTo("2026-03-02T16:00:00Z"))
                .body("items[0].figure.changePercent", equalTo(1.5f))
                .body("items[1].articleId", equalTo(run + "-d2"))
                .body("nextCursor", notNullValue());
        given().queryParam("subject", subject).queryParam("from", "2026-03-04").get("/api/figures").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].figure.level", equalTo(5010.0f));
        given().queryParam("subject", subject).queryParam("kind", "stock").get("/api/figures").then()
                .statusCode(200).body("items", hasSize(0));

        // And the subject, on whichever page of subjects it comes, shows its latest level (day 3) and move (day 2)
        java.util.Map<String, Object> shown = subjectNamed(subject);
        org.assertj.core.api.Assertions.assertThat(shown)
                .containsEntry("kind", "index")
                .containsEntry("level", 5010.0f)
                .containsEntry("levelAt", "2026-03-04T16:00:00Z")
                .containsEntry("changePercent", -0.5f)
                .containsEntry("direction", "down")
                .containsEntry("changeAt", "2026-03-03T16:00:00Z");
    }

    @Test
    void aSubjectIsFoundByItsSymbolAsByItsName() {
        // Given an instrument with a symbol, and another one of its own
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "Symbol Index " + run;
        String symbol = "^SY" + run.toUpperCase(Locale.ROOT);
        publish(article(run + "-named", name, symbol, "2026-03-02T16:00:00Z", 0.8, 4100.0));
        publish(article(run + "-other", "Other Index " + run, "^OT" + run, "2026-03-03T16:00:00Z", 0.1, 10.0));
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-other") != null);

        // When figures and articles are asked for by the symbol, written in lower case
        // Then they are the instrument's, exactly as by its name
        given().queryParam("subject", symbol.toLowerCase(Locale.ROOT)).get("/api/figures").then()
                .statusCode(200).body("items.articleId", contains(run + "-named"))
                .body("items[0].figure.subject", equalTo(name)).body("items[0].figure.symbol", equalTo(symbol));
        given().queryParam("subject", symbol).get("/api/articles").then()
                .statusCode(200).body("items.id", contains(run + "-named"));
        given().queryParam("subject", name).get("/api/articles").then()
                .statusCode(200).body("items.id", contains(run + "-named"));
        // And the subjects list gives both its name and its symbol
        org.assertj.core.api.Assertions.assertThat(subjectNamed(name)).containsEntry("symbol", symbol);
    }

    @Test
    void aFigureStatedTwiceIsOnePointAndTheLatestMoveIsTheSessionsNotAWeeksOrAYears() {
        // Given a day's article that gives a move in its text and again in a table, and its year to date, then a
        // later article with only a week's move and an intraday high
        String run = UUID.randomUUID().toString().substring(0, 8);
        String subject = "Restated Index " + run;
        MarketFigure session = figure(subject, 1.2, 5000.0, null);
        publish(Enriched.article(run + "-day", run, INGESTED, "2026-03-02T16:00:00Z").withFigures(List.of(
                session, figure(subject, 15.0, null, Period.YTD), session)));
        publish(Enriched.article(run + "-week", run, INGESTED, "2026-03-06T16:00:00Z").withFigures(List.of(
                figure(subject, -2.0, null, Period.WEEK), figure(subject, null, 5120.0, Period.INTRADAY))));
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-week") != null);

        // When its figures are listed, Then the restated move is there once, and the others with their periods
        given().queryParam("subject", subject).get("/api/figures").then().statusCode(200)
                .body("items.articleId", contains(run + "-day", run + "-day", run + "-week", run + "-week"))
                .body("items.figure.period", contains(null, "ytd", "week", "intraday"))
                .body("items.figure.changePercent", contains(1.2f, 15.0f, -2.0f, null));

        // And the subject's latest level and move are the session's of the first day, not the later week's move,
        // the year to date or the intraday high
        org.assertj.core.api.Assertions.assertThat(subjectNamed(subject))
                .containsEntry("level", 5000.0f).containsEntry("levelAt", "2026-03-02T16:00:00Z")
                .containsEntry("changePercent", 1.2f).containsEntry("changeAt", "2026-03-02T16:00:00Z")
                .containsEntry("lastSeenAt", "2026-03-06T16:00:00Z");
    }

    private static MarketFigure figure(String subject, Double change, Double level, Period period) {
        return new MarketFigure(subject, null, Kind.INDEX, change, null, null, level, null,
                change == null ? null : change > 0 ? Direction.UP : Direction.DOWN, period, null, "A sentence.", 0, 5);
    }

    /** The subject called {@code name}, read through every page of {@code /api/subjects}; fails when none is. */
    private static java.util.Map<String, Object> subjectNamed(String name) {
        String cursor = "";
        for (int pages = 0; cursor != null && pages < 1_000; pages++) {
            io.restassured.response.Response page = given().queryParam("limit", 100).queryParam("cursor", cursor)
                    .get("/api/subjects");
            page.then().statusCode(200);
            java.util.Map<String, Object> found = page.jsonPath().getMap("items.find { it.subject == '" + name + "' }");
            if (found != null) {
                return found;
            }
            cursor = page.jsonPath().getString("nextCursor");
        }
        throw new AssertionError("no subject " + name + " on any page of /api/subjects");
    }

    @Test
    void subjectsArePagedByNameWithACursorAndEachComesOnce() {
        // Given three subjects of their own, named so that they sort together
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> subjects = List.of("Paged " + run + " A", "paged " + run + " b", "Paged " + run + " C");
        for (int i = 0; i < subjects.size(); i++) {
            publish(article(run + "-s" + i, subjects.get(i), "2026-03-0" + (i + 2) + "T16:00:00Z", 1.0, 100.0));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-s2") != null);

        // When every page of subjects is read, two at a time
        List<String> seen = new java.util.ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            io.restassured.response.Response page = given().queryParam("limit", 2).queryParam("cursor", cursor)
                    .get("/api/subjects");
            page.then().statusCode(200).body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(2));
            seen.addAll(page.jsonPath().getList("items.subject"));
            cursor = page.jsonPath().getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 1_000);

        // Then each subject came once, by name ignoring case, over more than one page and up to a last one
        org.assertj.core.api.Assertions.assertThat(cursor).as("the cursor of the last page").isNull();
        org.assertj.core.api.Assertions.assertThat(seen).doesNotHaveDuplicates();
        org.assertj.core.api.Assertions.assertThat(seen.stream().filter(s -> s.contains(run)).toList())
                .containsExactlyElementsOf(subjects);
        org.assertj.core.api.Assertions.assertThat(pages).isGreaterThan(1);
    }

    @Test
    void sentimentStatisticsGroupByDayAndCategory() {
        // Given an article of a category of its own
        String category = "stats-" + UUID.randomUUID().toString().substring(0, 8);
        ArticleEnriched event = Enriched.article(category + "-a", "s", INGESTED, "2026-03-05T10:00:00Z", category,
                "Optimistic", 8.0, "Stocks rose.");
        publish(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(event.id()) != null);

        // When statistics are asked by category and by day, Then the groups count it
        given().queryParam("by", "category").get("/api/stats/sentiment").then().statusCode(200)
                .body("items.find { it.key == '" + category + "' }.articles", equalTo(1))
                .body("items.find { it.key == '" + category + "' }.averageScore", equalTo(8.0f));
        given().queryParam("by", "day").get("/api/stats/sentiment").then().statusCode(200)
                .body("items.key", hasItem("2026-03-05"));
    }

    @Test
    void unknownKindsAndGroupingsAre400Problems() {
        given().queryParam("kind", "bond").get("/api/figures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        given().queryParam("by", "week").get("/api/stats/sentiment").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("by"))
                .body("detail", equalTo("invalid parameter 'by': must be 'day' or 'category', not 'week'"));
    }

    private static ArticleEnriched article(String id, String subject, String publishedAt, Double change, Double level) {
        return article(id, subject, null, publishedAt, change, level);
    }

    private static ArticleEnriched article(String id, String subject, String symbol, String publishedAt, Double change,
            Double level) {
        ArticleEnriched base = Enriched.article(id, id, INGESTED, publishedAt);
        MarketFigure figure = new MarketFigure(subject, symbol, Kind.INDEX, change, null, null, level, null,
                change == null ? null : change > 0 ? Direction.UP : Direction.DOWN, null, null, "A sentence.", 0, 5);
        return base.withFigures(List.of(figure));
    }

    private static void publish(ArticleEnriched event) {
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES_ENRICHED, event.id(), Enriched.json(event));
        }
    }
}
