package dev.newsflow.ingest.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives the application under test a bucket folder of its own, with quick settling and rescans; the settle time is
 * long enough that a writer stalled by a loaded 2-core machine (100 ms was seen) does not look finished.
 */
public class TempBucketResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path root = Files.createTempDirectory("newsflow-bucket-");
            return Map.of(
                    "newsflow.bucket.path", root.toString(),
                    "newsflow.bucket.settle-time", "400ms",
                    "newsflow.bucket.rescan-interval", "2s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The folder is left for post-mortem inspection; it lives under the system's temporary directory.
    }
}
