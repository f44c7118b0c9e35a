package dev.newsflow.query.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Direction;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.query.support.Tombstones;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dashboard's pages, served from the read model, with a policy that lets nothing external in. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DashboardPagesTest {

    private static final Instant INGESTED = Instant.parse("2026-03-05T18:00:00Z");
    private static final String POLICY_START = "default-src 'self'; script-src 'self'; style-src 'self'";

    @Test
    void theFrontPageListsTheLatestArticlesUnderItsFiltersWithAStrictPolicy() {
        // Given two articles of a category of their own, one optimistic and one pessimistic
        String category = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        publish(Enriched.article(category + "-up", "u", INGESTED, "2026-03-04T10:00:00Z", category, "Optimistic", 8.0,
                "Stocks rose."));
        publish(Enriched.article(category + "-down", "d", INGESTED, "2026-03-05T10:00:00Z", category, "Pessimistic",
                2.0, "Stocks fell."));
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(category + "-down") != null);

        // When the front page is asked for that category, Then both come newest first, with a policy of 'self' only
        String page = given().queryParam("category", category).get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString(POLICY_START))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asString();
        assertThat(page).contains("Title of " + category + "-down").contains("Title of " + category + "-up");
        assertThat(page.indexOf(category + "-down")).isLessThan(page.indexOf(category + "-up"));
        assertThat(page).doesNotContain("data-live=\"true\"").contains("<label for=\"category\">");

        // And the sentiment filter narrows it, a bad date is a 400 page that names it
        assertThat(given().queryParam("category", category).queryParam("sentiment", "Pessimistic").get("/").then()
                .statusCode(200).extract().asString()).contains(category + "-down").doesNotContain(category + "-up");
        given().queryParam("from", "yesterday").get("/").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Cannot filter: &#39;from&#39;"));
    }

    @Test
    void anArticlePageMarksItsFiguresAndShowsItsChecksWithoutRunningAnythingFromThePost() {
        // Given an article whose body holds a script and a figure
        String id = "dash-article-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "The S&P 500 rose 0.4% to 6,105.20. <script>alert('x')</script>";
        ArticleEnriched base = Enriched.article(id, id, INGESTED, "2026-03-04T16:00:00Z", "Markets", "Optimistic",
                7.0, body);
        publish(withFigures(base, List.of(new MarketFigure("S&P 500", "^GSPC", Kind.INDEX, 0.4, null, null, 6105.2,
                null, Direction.UP, null, null, "The S&P 500 rose 0.4% to 6,105.20.", 0, 33))));
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(id) != null);

        // When its page is asked for
        String page = given().get("/articles/" + id).then().statusCode(200)
                .header("Content-Security-Policy", containsString(POLICY_START)).extract().asString();

        // Then the figure is marked with its description, the check is listed, and the script is only text
        assertThat(page).contains("<mark class=\"figure\" tabindex=\"0\" data-figure=\"0\">The S&amp;P 500 rose"
                + " 0.4% to 6,105.20<span class=\"figure-tip\" role=\"tooltip\">S&amp;P 500 (^GSPC) · +0.4% ·"
                + " level 6105.2</span></mark>")
                .contains("VALID").contains("https://www.example.com/" + id)
                .doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        given().get("/articles/no-such-article").then().statusCode(404).body(containsString("No article has this id"));
    }

    @Test
    void anArticlePageListsItsRevisionsWhenItHasMoreThanOne() {
        // Given an article at revision 1, then revision 2 with other content and one more figure
        String id = "dash-revised-" + UUID.randomUUID().toString().substring(0, 8);
        ArticleEnriched first = Enriched.article(id, id + "-1", INGESTED, "2026-03-04T16:00:00Z").withRevision(1);
        publish(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(1).equals(ReadModel.revision(id)));
        given().get("/articles/" + id).then().statusCode(200).body(not(containsString("revisions-heading")));
        ArticleEnriched second = Enriched.article(id, id + "-2", INGESTED.plusSeconds(60),
                "2026-03-04T16:00:00Z").withRevision(2);
        publish(second.withFigures(List.of(Enriched.figure("Gold", Kind.COMMODITY, 1.2, 3050.0,
                "Gold rose 1.2% to $3,050."))));
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(2).equals(ReadModel.revision(id)));

        // When its page is asked for
        String page = given().get("/articles/" + id).then().statusCode(200).extract().asString();

        // Then both revisions are listed, newest first, each linked to its JSON, with the figure it added
        assertThat(page).contains("Revisions (2)")
                .contains("<td><a href=\"/api/articles/" + id + "/revisions/2\">2</a></td>")
                .contains("<td><a href=\"/api/articles/" + id + "/revisions/1\">1</a></td>")
                .contains("2026-03-05 18:01 +00:00");
        assertThat(page.indexOf("/revisions/2\"")).isLessThan(page.indexOf("/revisions/1\""));
    }

    @Test
    void aWithdrawnArticlesPageIsA410ThatSaysWhenAndWhyNotAnError() {
        // Given an article that was retracted
        String id = "dash-withdrawn-" + UUID.randomUUID().toString().substring(0, 8);
        publish(Enriched.article(id, id, INGESTED, "2026-03-04T16:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(id) != null);
        Tombstones.send(id, Tombstones.retracted(id, 1, "2026-03-05T09:15:00Z", "the <figures> were wrong"));
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.retractionStoredAt(id) != null);

        // When its page is asked for
        String page = given().get("/articles/" + id).then().statusCode(410).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString(POLICY_START)).extract().asString();

        // Then it is a page of its own: withdrawn, its last title, why and when, and its kept revision linked
        assertThat(page).contains("<title>Withdrawn: Title of " + id + " · Newsflow</title>")
                .contains("<p class=\"withdrawn-label\">Withdrawn</p>")
                .contains("<dd class=\"reason\">the &lt;figures&gt; were wrong</dd>")
                .contains("<time datetime=\"2026-03-05T09:15:00Z\">2026-03-05 09:15 +00:00</time>")
                .contains("<a href=\"/api/articles/" + id + "/revisions/1\">revision 1</a>")
                .doesNotContain("No article has this id");
    }

    @Test
    void anInstrumentPageChartsItsLevelsAndMovesAndLinksEachToItsArticle() {
        // Given three days of an instrument of its own
        String subject = "Dash Index " + UUID.randomUUID().toString().substring(0, 8);
        String run = subject.substring(11);
        publish(withFigure(run + "-d1", subject, "2026-03-02T16:00:00Z", 1.5, 5000.0));
        publish(withFigure(run + "-d2", subject, "2026-03-03T16:00:00Z", -0.5, null));
        publish(withFigure(run + "-d3", subject, "2026-03-04T16:00:00Z", null, 5010.0));
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-d3") != null);

        // When its page is asked for, Then the level chart has two points and the move chart two, linked
        String page = given().get("/subjects/" + subject).then().statusCode(200).extract().asString();
        assertThat(page).contains("over time, 2 points\"").contains("\"links\":[\"/articles/" + run + "-d1\"")
                .contains("\"values\":[5000.0,5010.0]").contains("\"values\":[1.5,-0.5]")
                .contains("<a href=\"/articles/" + run + "-d2\">");
        given().get("/subjects/No Such Instrument Anywhere").then().statusCode(404)
                .body(containsString("No article gives a level or a move"));

        // And the subjects page lists it with a sparkline of its levels
        assertThat(subjectsPageWith(subject)).contains("<polyline points=\"0.0,22.0 100.0,2.0\"/>");
    }

    @Test
    void anInstrumentPageChartsOnlyTheSessionsFiguresOnceAndListsTheOthersWithTheirPeriod() {
        // Given two days of an instrument, each stated twice (text and table), the second with its year to date
        String subject = "Period Index " + UUID.randomUUID().toString().substring(0, 8);
        String run = subject.substring(13);
        MarketFigure first = figure(subject, 0.5, 700.0, null);
        MarketFigure second = figure(subject, -0.25, 698.0, null);
        publish(withFigures(Enriched.article(run + "-d1", run, INGESTED, "2026-03-02T16:00:00Z"),
                List.of(first, first)));
        publish(withFigures(Enriched.article(run + "-d2", run, INGESTED, "2026-03-03T16:00:00Z"),
                List.of(second, figure(subject, 12.0, null, MarketFigure.Period.YTD), second)));
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-d2") != null);

        // When its page is asked for
        String page = given().get("/subjects/" + subject).then().statusCode(200).extract().asString();

        // Then each chart has one point a day, the year to date on none, and the table lists the three figures
        assertThat(page).contains("\"values\":[700.0,698.0]").contains("\"values\":[0.5,-0.25]")
                .doesNotContain("12.0]").contains("Figures (3)").contains("<td>ytd</td>");
        // And the subjects page draws its sparkline from the two sessions' levels only
        assertThat(subjectsPageWith(subject)).contains("<polyline points=\"0.0,2.0 100.0,22.0\"/>");
    }

    @Test
    void theSentimentPageChartsArticlesPerDayByLabelAndTheScoreByCategory() {
        String category = "dash-sent-" + UUID.randomUUID().toString().substring(0, 8);
        publish(Enriched.article(category + "-a", "a", INGESTED, "2026-03-05T10:00:00Z", category, "Optimistic", 8.0,
                "Stocks rose."));
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(category + "-a") != null);

        String page = given().get("/sentiment").then().statusCode(200)
                .header("Content-Security-Policy", containsString(POLICY_START)).extract().asString();
        assertThat(page).contains("id=\"label-data\"").contains("\"label\":\"optimistic\"")
                .contains("id=\"category-data\"").contains(String.valueOf(
                        java.time.LocalDate.parse("2026-03-05").atStartOfDay(java.time.ZoneOffset.UTC)
                                .toEpochSecond()));
    }

    @Test
    void theAssetsComeFromTheServiceItself() {
        given().get("/dashboard/dashboard.js").then().statusCode(200).body(containsString("EventSource"));
        given().get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").then().statusCode(200);
        given().get("/").then().statusCode(200).body(not(containsString("https://")))
                .body(containsString("<html lang=\"en\">"));
        given().get("/dashboard/dashboard.css").then().statusCode(200).body(containsString("mark.figure"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static String subjectsPageWith(String subject) {
        String cursor = null;
        for (int pages = 0; pages < 1_000; pages++) {
            io.restassured.specification.RequestSpecification request = given();
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            String page = request.get("/subjects").then().statusCode(200).extract().asString();
            int at = page.indexOf(">" + subject + "</a>");
            if (at >= 0) {
                return page.substring(at, page.indexOf("</tr>", at));
            }
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("/subjects\\?cursor=([^\"]+)\"")
                    .matcher(page);
            if (!next.find()) {
                break;
            }
            cursor = next.group(1);
        }
        throw new AssertionError("no page of /subjects lists " + subject);
    }

    private static ArticleEnriched withFigure(String id, String subject, String publishedAt, Double change,
            Double level) {
        return withFigures(Enriched.article(id, id, INGESTED, publishedAt), List.of(new MarketFigure(subject, null,
                Kind.INDEX, change, null, null, level, null,
                change == null ? null : change > 0 ? Direction.UP : Direction.DOWN, null, null, "A sentence.", 0, 5)));
    }

    private static MarketFigure figure(String subject, Double change, Double level, MarketFigure.Period period) {
        return new MarketFigure(subject, null, Kind.INDEX, change, null, null, level, null,
                change > 0 ? Direction.UP : Direction.DOWN, period, null, "A sentence.", 0, 5);
    }

    private static ArticleEnriched withFigures(ArticleEnriched base, List<MarketFigure> figures) {
        return base.withFigures(figures);
    }

    private static void publish(ArticleEnriched event) {
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES_ENRICHED, event.id(), Enriched.json(event));
        }
    }
}
