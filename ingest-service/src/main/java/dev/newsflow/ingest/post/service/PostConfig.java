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

    /** Zone of a front-matter {@code date} written without an offset. */
    @WithDefault("UTC")
    ZoneId defaultZone();
}
