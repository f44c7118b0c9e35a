package dev.newsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's chromium, headless, through chromedriver, with its console kept: the browser of the dashboard's tests. */
final class Chromium {

    private static final String BINARY = System.getProperty("newsflow.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("newsflow.chromedriver", "/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Fails unless chromium and chromedriver are installed, saying how to install them. */
    static void assertInstalled() {
        assertThat(Path.of(BINARY)).as("chromium (apt-get install chromium chromium-driver)").isExecutable();
        assertThat(Path.of(DRIVER)).as("chromedriver (apt-get install chromium-driver)").isExecutable();
    }

    /** A new headless browser of 1280 × 1000 pixels that keeps every console message. */
    static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Opens {@code url} and waits until the document is loaded. */
    static void open(WebDriver browser, String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** The HTTP status the page shown was answered with (from its navigation timing). */
    static int status(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus")).intValue();
    }

    /**
     * The console's errors since they were last read, but for the line chromium logs when the page itself is answered
     * with an error status (a 404 or 410 page meant as such): read that with {@link #status}.
     */
    static List<String> consoleErrors(WebDriver browser) {
        String ownStatus = browser.getCurrentUrl()
                + " - Failed to load resource: the server responded with a status of";
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(message -> !message.startsWith(ownStatus)).toList();
    }
}
