package dev.newsflow.ingest.post.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of post parsing ({@code newsflow.post.*}). */
@ConfigMapping(prefix = "newsflow.post")
public interface PostConfig {

    /** Largest post accepted, in bytes; larger files are rejected unread. */
    @WithDefault("1048576")
    int maxBytes();

    /**
     * Largest event of one article, in bytes (its JSON): keep it under the producer's {@code max.request.size} and
     * the broker's {@code message.max.bytes} (both about 1 MiB by default), with room for the key and headers.
     */
    @WithDefault("1000000")
    int maxEventBytes();

    /** Zone of a front-matter {@code date} written without an offset. */
    @WithDefault("UTC")
    ZoneId defaultZone();
}
