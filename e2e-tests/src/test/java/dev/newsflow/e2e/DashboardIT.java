package dev.newsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.e2e.bucket.BucketDropper;
import dev.newsflow.e2e.client.QueryApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser ({@link Chromium}) against the stack: first empty, where each page says there is
 * nothing yet, then with the samples, where each page shows what the read model holds, draws its charts, is reachable
 * by keyboard, fits a phone, keeps its text's contrast (WCAG 2.x AA) and logs no error in the console; a post dropped
 * while the front page is open appears on it within 5 s, and is marked withdrawn within 5 s of its retraction.
 * Screenshots of the pages go to target/dashboard/.
 */
class DashboardIT {

    private static final Path SHOTS = Path.of("target/dashboard");
    private static final String LIVE = "2026-12-05-copper-live";

    private static Stack stack;
    private static QueryApi api;
    private static ServiceClients clients;
    private static String base;
    private static int samples;
    private static List<EmptyDashboard.Shown> empty;
    private WebDriver browser;

    @BeforeAll
    static void up() throws IOException, SQLException {
        Chromium.assertInstalled();
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("newsflow.dashboard.home", "target/dashboard-home")).toAbsolutePath();
        stack = new Stack(root, home, Map.of());
        stack.deleteState();
        Stack.dropDatabase();
        try (Stream<Path> files = Files.list(root.resolve("samples"))) {
            samples = (int) files.filter(f -> !f.getFileName().toString().startsWith("broken")).count();
        }
        api = new QueryApi(stack.queryApi());
        clients = new ServiceClients(stack);
        base = stack.queryApi().toString().replaceAll("/$", "");
        stack.run("up");
        empty = EmptyDashboard.visit(base);
        stack.run("up", "--samples");
        Waits.until("every sample is served", () -> api.articles("").size() >= samples);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.run("down");
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEmptyReadModelSaysThereIsNothingYetOnEveryPage() {
        // Given each page as the browser showed it before any post was dropped, Then each says there is nothing yet
        // (an article or an instrument that nothing names is a 404 page that says so)
        assertThat(empty).extracting(EmptyDashboard.Shown::page, EmptyDashboard.Shown::status,
                EmptyDashboard.Shown::heading, EmptyDashboard.Shown::says).containsExactly(
                        tuple("/", 200, "Latest articles", "No articles yet."),
                        tuple("/articles/2026-nothing-yet", 404, "Not found",
                                "No article has this id. Back to the latest articles."),
                        tuple("/subjects", 200, "Instruments", "No instrument has a figure yet."),
                        tuple("/subjects/S&P 500", 404, "S&P 500",
                                "No article gives a level or a move of “S&P 500”. All instruments."),
                        tuple("/sentiment", 200, "Sentiment", "No articles yet."));

        // And none logged an error in the console
        assertThat(empty).allSatisfy(page -> assertThat(page.errors()).as("console errors of %s", page.page())
                .isEmpty());
    }

    @Test
    void theFrontPageListsTheSamplesIsReachableByKeyboardAndShowsADroppedPostAndItsRetractionLive()
            throws Exception {
        // Given the front page
        open("/");
        List<String> titles = texts(By.cssSelector("#articles li.article a.title"));
        assertThat(titles).hasSize(Math.min(samples, 20));
        assertThat(titles).contains(api.articles("").get(0).get("title").asText());
        screenshot("front");

        // When the reader tabs through it, Then the search field and the filters are reached, each with a label
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 12 && !reached.contains("sentiment"); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            reached.add(browser.switchTo().activeElement().getAttribute("id"));
        }
        assertThat(reached).contains("q", "category", "sentiment");
        for (String id : List.of("q", "category", "sentiment", "subject", "from", "to")) {
            assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).as("label of %s", id)
                    .hasSize(1);
        }

        // And when a post is dropped while the page is open, it appears on top within 5 s
        String title = "Copper climbs on supply worries " + UUID.randomUUID().toString().substring(0, 8);
        new BucketDropper(stack.bucket()).drop(LIVE + ".md", post(title));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> !driver.findElements(
                By.xpath("//ol[@id='articles']/li[1]/a[normalize-space(.)='" + title + "']")).isEmpty());
        assertThat(browser.findElement(By.id("live-status")).getText()).contains("1 new article");
        assertLegible(TextContrast.measure(browser, "/ (live: one new)"));

        // And when it is retracted, it is marked withdrawn on the open page within 5 s, the text still legible
        clients.posts().retractPost(LIVE, "e2e: the figures were wrong");
        WebElement withdrawn = new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> driver.findElement(
                By.cssSelector("#articles li.article.withdrawn[data-id='" + LIVE + "']")));
        assertThat(withdrawn.findElement(By.className("withdrawn-note")).getText())
                .isEqualTo("Withdrawn: e2e: the figures were wrong");
        assertThat(browser.findElement(By.id("live-status")).getText())
                .matches("\\d+ new articles?, 1 article withdrawn since this page opened\\.");
        assertLegible(TextContrast.measure(browser, "/ (live: one new, one withdrawn)"));
        screenshot("front-withdrawn");
        assertNoConsoleErrors();

        // And its page is a 410 that says it was withdrawn, when and why
        open("/articles/" + LIVE);
        assertThat(Chromium.status(browser)).isEqualTo(410);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("e2e: the figures were wrong");
        assertLegible(TextContrast.measure(browser, "/articles/" + LIVE + " (withdrawn)"));
        screenshot("withdrawn");
        assertNoConsoleErrors();
    }

    @Test
    void everyPageKeepsItsTextContrastAtWcagAa() {
        String article = "/articles/" + mostFigures().get("id").asText();
        for (String page : List.of("/", article, "/subjects", "/subjects/S&P 500", "/sentiment")) {
            // Given a page with its charts drawn (and on the article page, a figure's tip shown)
            open(page);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.findElements(
                    By.cssSelector("figure[data-chart]:not([data-drawn])")).isEmpty());
            browser.findElements(By.cssSelector("section.body mark.figure")).stream().findFirst().ifPresent(mark ->
                    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", mark));

            // Then every visible text has the contrast it needs against its background
            assertLegible(TextContrast.measure(browser, page));
        }
        assertNoConsoleErrors();
    }

    @Test
    void anArticlePageMarksEachLocatedFigureAndShowsItOnFocus() {
        // Given the sample with the most figures located in its text
        JsonNode article = mostFigures();
        open("/articles/" + article.get("id").asText());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(article.get("title").asText());

        // Then each located figure is marked, and one focused by keyboard shows its subject
        List<WebElement> marks = browser.findElements(By.cssSelector("section.body mark.figure"));
        assertThat((long) marks.size()).isLessThanOrEqualTo(located(article)).isGreaterThan(0);
        WebElement first = marks.get(0);
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", first);
        WebElement tip = first.findElement(By.cssSelector(".figure-tip"));
        assertThat(tip.isDisplayed()).isTrue();
        int index = Integer.parseInt(first.getAttribute("data-figure"));
        assertThat(tip.getText()).startsWith(article.get("figures").get(index).get("subject").asText());
        assertThat(texts(By.cssSelector("ul.checks .verdict"))).hasSize(article.get("sourceChecks").size());
        screenshot("article");
        assertNoConsoleErrors();
    }

    @Test
    void anInstrumentPageDrawsOnePointPerLevelAndTheSubjectsPageListsIt() {
        // Given an instrument with levels of the day's session in several samples
        List<JsonNode> levels = figures("S&P 500").stream()
                .filter(f -> f.hasNonNull("level") && !f.hasNonNull("period")).toList();
        assertThat(levels).hasSizeGreaterThan(1);

        // When its page is opened, Then its level chart is drawn with one point per level
        open("/subjects/S&P 500");
        WebElement chart = new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                driver.findElement(By.cssSelector("#level-chart[data-drawn='true']")));
        assertThat(chart.getAttribute("data-points")).isEqualTo(String.valueOf(levels.size()));
        assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
        screenshot("instrument");
        assertNoConsoleErrors();

        open("/subjects");
        List<String> subjects = texts(By.cssSelector("table.subjects td:first-child a"));
        assertThat(subjects).hasSizeBetween(1, 50).doesNotHaveDuplicates();
        assertThat(subjects).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(browser.findElements(By.cssSelector("svg.spark polyline"))).isNotEmpty();
        screenshot("subjects");
        assertNoConsoleErrors();
    }

    @Test
    void theSentimentPageDrawsBothCharts() {
        open("/sentiment");
        for (String id : List.of("label-chart", "category-chart")) {
            WebElement chart = new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                    driver.findElement(By.cssSelector("#" + id + "[data-drawn='true']")));
            assertThat(Integer.parseInt(chart.getAttribute("data-points"))).as("points of %s", id).isPositive();
        }
        long articles = api.articles("").size();
        WebElement labels = browser.findElement(By.id("label-chart"));
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                "return JSON.parse(document.getElementById('label-data').textContent).series"
                        + ".flatMap(s => s.values).reduce((sum, v) => sum + (v || 0), 0)")).longValue())
                .as("articles counted in the chart of %s", labels.getAttribute("id")).isEqualTo(articles);
        screenshot("sentiment");
        assertNoConsoleErrors();
    }

    @Test
    void everyPageFitsAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("/", "/subjects", "/sentiment", "/subjects/S&P 500")) {
            open(page);
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s at 390 px", page)
                    .isLessThanOrEqualTo(1);
        }
        screenshot("front-phone");
        assertNoConsoleErrors();
    }

    private void open(String page) {
        Chromium.open(browser, base + page);
    }

    /** Prints the page's lowest contrast, and fails naming every text below the contrast it needs. */
    private static void assertLegible(TextContrast.Report report) {
        System.out.println(report);
        assertThat(report.failures()).as("texts of %s below the contrast they need", report.page()).isEmpty();
    }

    private List<String> texts(By selector) {
        return browser.findElements(selector).stream().map(WebElement::getText).toList();
    }

    private void screenshot(String name) {
        try {
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new AssertionError("cannot write the screenshot " + name, e);
        }
    }

    private void assertNoConsoleErrors() {
        assertThat(Chromium.consoleErrors(browser)).as("errors in the browser console").isEmpty();
    }

    private static JsonNode mostFigures() {
        return api.articles("").stream().map(a -> api.article(a.get("id").asText()).orElseThrow())
                .max((a, b) -> Long.compare(located(a), located(b))).orElseThrow();
    }

    private static long located(JsonNode article) {
        return StreamSupport.stream(article.get("figures").spliterator(), false)
                .filter(f -> f.hasNonNull("start")).count();
    }

    /** The figures of {@code subject} in every article, one of each an article states twice, as charts take them. */
    private static List<JsonNode> figures(String subject) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode article : api.articles("subject=" + subject.replace("&", "%26").replace(" ", "%20"))) {
            java.util.Set<List<String>> stated = new java.util.HashSet<>();
            api.article(article.get("id").asText()).orElseThrow().get("figures").forEach(f -> {
                List<String> values = java.util.stream.Stream.of("subject", "kind", "changePercent", "changePoints",
                        "changeBp", "level", "currency", "period", "qualifier").map(field -> f.path(field).asText())
                        .toList();
                if (f.get("subject").asText().equalsIgnoreCase(subject) && stated.add(values)) {
                    all.add(f);
                }
            });
        }
        return all;
    }

    /** The post dropped while the front page is open (dashboard/live-post.md), titled {@code title}. */
    private static byte[] post(String title) throws IOException {
        try (InputStream in = DashboardIT.class.getResourceAsStream("/dashboard/live-post.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("TITLE", title)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
