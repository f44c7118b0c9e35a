package dev.newsflow.enrich.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Serves the test pages on loopback and allows exactly their port to the source checks of the service under test,
 * with a fetch timeout that a loopback page answers within even on a loaded 2-core machine (no test here waits for
 * it to pass; the timeout itself is tested in {@code SourceCheckerTest}).
 */
public class LoopbackPagesResource implements QuarkusTestResourceLifecycleManager {

    private static LoopbackPages pages;

    /** The pages of the running test application. */
    public static LoopbackPages pages() {
        return pages;
    }

    @Override
    public Map<String, String> start() {
        pages = LoopbackPages.start();
        return Map.of(
                "newsflow.enrich.fetch.test-allowed-loopback-ports", Integer.toString(pages.port()),
                "newsflow.enrich.fetch.timeout", "3s");
    }

    @Override
    public void stop() {
        pages.close();
    }
}
