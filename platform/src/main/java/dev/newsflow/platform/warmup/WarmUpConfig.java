package dev.newsflow.platform.warmup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the training run a service makes of its hot code at start-up ({@code newsflow.warm-up.*}). */
@ConfigMapping(prefix = "newsflow.warm-up")
public interface WarmUpConfig {

    /** Whether the service trains its hot code on built-in samples before its consumers take their first record. */
    @WithDefault("false")
    boolean enabled();

    /** Rounds of training at most (one sample article through the service's hot path per round). */
    @WithDefault("3000")
    int rounds();

    /** Longest training run: it stops then even if fewer rounds ran, so a slow machine starts no later than this. */
    @WithDefault("15s")
    Duration duration();

    /**
     * The incoming channels held back until the training run is over: each is declared pausable and initially
     * paused ({@code mp.messaging.incoming.NAME.pausable=true}, {@code ...pausable.initially-paused=true}), so its
     * consumer joins its group meanwhile but takes no record, and is resumed when the run ends or is off.
     */
    Optional<List<String>> channels();
}
