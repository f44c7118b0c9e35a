package dev.newsflow.e2e;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What each dashboard page shows in a browser while the read model holds no article at all. */
final class EmptyDashboard {

    /** The pages visited: each of the dashboard's, an article and an instrument by a name nothing has. */
    static final List<String> PAGES = List.of("/", "/articles/2026-nothing-yet", "/subjects", "/subjects/S&P 500",
            "/sentiment");

    /**
     * One page as shown.
     *
     * @param page    its path
     * @param status  the HTTP status it was answered with
     * @param heading its h1
     * @param says    the text of its first element of class 'empty' ("" for none)
     * @param errors  the errors its console logged
     */
    record Shown(String page, int status, String heading, String says, List<String> errors) {
    }

    private EmptyDashboard() {
    }

    /** Opens each of {@link #PAGES} of the dashboard at {@code base} in a browser of its own. */
    static List<Shown> visit(String base) {
        WebDriver browser = Chromium.start();
        try {
            List<Shown> shown = new ArrayList<>();
            for (String page : PAGES) {
                Chromium.open(browser, base + page);
                List<WebElement> empty = browser.findElements(By.cssSelector("main .empty"));
                shown.add(new Shown(page, Chromium.status(browser), browser.findElement(By.tagName("h1")).getText(),
                        empty.isEmpty() ? "" : empty.get(0).getText(), Chromium.consoleErrors(browser)));
            }
            return shown;
        } finally {
            browser.quit();
        }
    }
}
