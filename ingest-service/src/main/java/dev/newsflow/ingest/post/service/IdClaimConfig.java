package dev.newsflow.ingest.post.service;

import dev.newsflow.contracts.Topics;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the claims that keep two bucket keys from sharing one article id ({@code newsflow.ids.*}). */
@ConfigMapping(prefix = "newsflow.ids")
public interface IdClaimConfig {

    /** The compacted topic of id claims (key: article id); created, compacted, when missing. */
    @WithDefault(Topics.ARTICLE_IDS)
    String topic();

    /** How long a post waits for its id claim to be confirmed before it is left for a later attempt. */
    @WithDefault("30s")
    Duration claimTimeout();
}
