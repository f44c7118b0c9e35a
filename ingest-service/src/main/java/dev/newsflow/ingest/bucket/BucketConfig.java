package dev.newsflow.ingest.bucket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Settings of the watched bucket folder ({@code newsflow.bucket.*}). */
@ConfigMapping(prefix = "newsflow.bucket")
public interface BucketConfig {

    /** Root of the bucket; {@code incoming/}, {@code processed/} and {@code rejected/} live under it. */
    @WithDefault("bucket")
    Path path();

    /** How often the whole of {@code incoming/} is listed again, for what file-system events missed. */
    @WithDefault("10s")
    Duration rescanInterval();

    /** How long a file must stay unmodified before it is taken as complete. */
    @WithDefault("200ms")
    Duration settleTime();

    /** Threads that read and parse files. */
    @WithDefault("4")
    int workers();

    /** Posts sent to Kafka and not yet acknowledged, at most. */
    @WithDefault("2000")
    int maxInFlight();
}
