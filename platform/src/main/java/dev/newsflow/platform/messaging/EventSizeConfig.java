package dev.newsflow.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large one event may be ({@code newsflow.events.*}). */
@ConfigMapping(prefix = "newsflow.events")
public interface EventSizeConfig {

    /**
     * Largest event, in bytes of its JSON: under the producers' {@code max.request.size} and the broker's
     * {@code message.max.bytes} (both about 1 MiB by default), with room for the key and headers.
     */
    @WithDefault("1000000")
    int maxBytes();
}
