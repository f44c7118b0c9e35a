package dev.newsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.e2e.bucket.BucketDropper;
import dev.newsflow.e2e.client.QueryApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's chromium, headless, through chromedriver) against the stack with the
 * samples: each page shows what the read model holds, draws its charts, is reachable by keyboard, fits a phone, logs
 * no error in the console; a post dropped while the front page is open appears on it within 5 s. Screenshots of the
 * pages go to target/dashboard/.
 */
class DashboardIT {

    private static final String CHROMIUM = System.getProperty("newsflow.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("newsflow.chromedriver", "/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/dashboard");

    private static Stack stack;
    private static QueryApi api;
    private static String base;
    private static int samples;
    private WebDriver browser;

    @BeforeAll
    static void up() throws IOException, SQLException {
        assertThat(Path.of(CHROMIUM)).as("chromium (apt-get install chromium chromium-driver)").isExecutable();
        assertThat(Path.of(CHROMEDRIVER)).as("chromedriver (apt-get install chromium-driver)").isExecutable();
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("newsflow.dashboard.home", "target/dashboard-home")).toAbsolutePath();
        stack = new Stack(root, home, Map.of());
        stack.deleteState();
        Stack.dropDatabase();
        try (Stream<Path> files = Files.list(root.resolve("samples"))) {
            samples = (int) files.filter(f -> !f.getFileName().toString().startsWith("broken")).count();
        }
        api = new QueryApi(stack.queryApi());
        base = stack.queryApi().toString().replaceAll("/$", "");
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
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFrontPageListsTheSamplesIsReachableByKeyboardAndShowsADroppedPostLive() throws IOException {
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
        new BucketDropper(stack.bucket()).drop("2026-12-05-copper-live.md", post(title));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> !driver.findElements(
                By.xpath("//ol[@id='articles']/li[1]/a[normalize-space(.)='" + title + "']")).isEmpty());
        assertThat(browser.findElement(By.id("live-status")).getText()).contains("1 new article");
        assertNoConsoleErrors();
    }

    @Test
    void anArticlePageMarksEachLocatedFigureAndShowsItOnFocus() {
        // Given the sample with the most figures located in its text
        JsonNode article = api.articles("").stream().map(a -> api.article(a.get("id").asText()).orElseThrow())
                .max((a, b) -> Long.compare(located(a), located(b))).orElseThrow();
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
        // Given an instrument with levels in several samples
        List<JsonNode> levels = figures("S&P 500").stream().filter(f -> f.hasNonNull("level")).toList();
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
        browser.get(base + page);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
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
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .toList();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    private static long located(JsonNode article) {
        return StreamSupport.stream(article.get("figures").spliterator(), false)
                .filter(f -> f.hasNonNull("start")).count();
    }

    private static List<JsonNode> figures(String subject) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode article : api.articles("subject=" + subject.replace("&", "%26").replace(" ", "%20"))) {
            api.article(article.get("id").asText()).orElseThrow().get("figures").forEach(f -> {
                if (f.get("subject").asText().equalsIgnoreCase(subject)) {
                    all.add(f);
                }
            });
        }
        return all;
    }

    private static byte[] post(String title) {
        return ("""
                ---
                layout: post
                title: "TITLE"
                category: "Commodities"
                date: 2026-12-05 10:00:00
                source_url: "https://www.example.com/copper"
                sentiment_score: 6
                sentiment_label: "Optimistic"
                tldr:
                  - "Copper rose 2.1% to $9,850 a tonne."
                ---

                ### Copper Climbs
                Copper rose 2.1% to $9,850 a tonne on supply worries.

                ### Sources
                - [Example](https://www.example.com/copper)
                """).replace("TITLE", title).getBytes(StandardCharsets.UTF_8);
    }
}
