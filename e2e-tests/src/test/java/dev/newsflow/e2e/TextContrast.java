package dev.newsflow.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The WCAG 2.x contrast of every visible text of the page a browser shows, measured in the browser from the computed
 * colours (script {@code dashboard/text-contrast.js}): at least 4.5, or 3 for large text.
 */
final class TextContrast {

    private static final String SCRIPT = script();

    /** One text measured: the element, its text, its ratio and the ratio it needs, its colours. */
    record Sample(String element, String text, double ratio, double required, String colour, String background) {

        boolean enough() {
            return ratio >= required;
        }

        @Override
        public String toString() {
            return String.format("%.2f (needs %.1f) %s '%s' %s on %s", ratio, required, element, text, colour,
                    background);
        }
    }

    /** The texts of one page. */
    record Report(String page, List<Sample> samples) {

        /** The text of the lowest contrast. */
        Sample lowest() {
            return samples.stream().min(Comparator.comparingDouble(Sample::ratio))
                    .orElseThrow(() -> new AssertionError("no text measured on " + page));
        }

        /** The texts below the contrast they need. */
        List<Sample> failures() {
            return samples.stream().filter(sample -> !sample.enough()).toList();
        }

        @Override
        public String toString() {
            return "contrast of " + page + ": " + samples.size() + " texts, lowest " + lowest();
        }
    }

    private TextContrast() {
    }

    /** Measures every visible text of the page {@code browser} shows, named {@code page} in the report. */
    static Report measure(WebDriver browser, String page) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) ((JavascriptExecutor) browser)
                .executeScript(SCRIPT);
        return new Report(page, found.stream().map(s -> new Sample((String) s.get("element"), (String) s.get("text"),
                ((Number) s.get("ratio")).doubleValue(), ((Number) s.get("required")).doubleValue(),
                (String) s.get("colour"), (String) s.get("background"))).toList());
    }

    private static String script() {
        try (InputStream in = TextContrast.class.getResourceAsStream("/dashboard/text-contrast.js")) {
            if (in == null) {
                throw new IllegalStateException("dashboard/text-contrast.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
