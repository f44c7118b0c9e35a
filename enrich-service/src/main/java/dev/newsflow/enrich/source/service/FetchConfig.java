package dev.newsflow.enrich.source.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Settings of the source checks ({@code newsflow.enrich.fetch.*}). */
@ConfigMapping(prefix = "newsflow.enrich.fetch")
public interface FetchConfig {

    /** Whether URLs are fetched; when off, statically valid URLs get the verdict {@code SKIPPED}. */
    @WithDefault("true")
    boolean enabled();

    /** Time allowed for one request, connection and whole body included. */
    @WithDefault("5s")
    Duration timeout();

    /** Redirects followed at most, each hop checked again. */
    @WithDefault("3")
    int maxRedirects();

    /** Largest body read, in bytes. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /** Requests in flight to one host at most. */
    @WithDefault("4")
    int perHostConcurrency();

    /** Requests in flight in all, at most. */
    @WithDefault("32")
    int maxConcurrency();

    /** Time allowed for all the checks of one article; what is unfinished then is {@code UNREACHABLE}. */
    @WithDefault("20s")
    Duration articleBudget();

    /** The User-Agent sent with every request. */
    @WithDefault("NewsflowSourceChecker/0.1 (+https://github.com/newsflow/newsflow; checks that cited sources exist)")
    String userAgent();

    /**
     * Loopback ports that checks may reach. For tests that serve pages on this machine only: no profile sets it, and
     * every other loopback, private or metadata address stays blocked.
     */
    Optional<Set<Integer>> testAllowedLoopbackPorts();
}
