package dev.newsflow.contracts.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The check of one source URL of an article.
 *
 * @param url          the URL as normalized before checking
 * @param origin       where the article cites it
 * @param verdict      what the check concluded
 * @param reason       why, in words, for every verdict but {@code VALID}; null when valid
 * @param httpStatus   the status of the last response, or null when no request was made
 * @param finalUrl     the URL after redirects, or null
 * @param pageTitle    {@code og:title}, else {@code <title>}, of an HTML page; or null
 * @param canonicalUrl the page's {@code <link rel="canonical">} when it points elsewhere; or null
 * @param host         the URL's host (IDN as punycode), or null when there is none
 * @param checkedAt    when the check ran (or was cached)
 */
public record SourceCheck(
        String url,
        Origin origin,
        Verdict verdict,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) Integer httpStatus,
        @Schema(nullable = true) String finalUrl,
        @Schema(nullable = true) String pageTitle,
        @Schema(nullable = true) String canonicalUrl,
        @Schema(nullable = true) String host,
        Instant checkedAt) {

    /** Where an article cites a URL. */
    public enum Origin {
        @JsonProperty("front_matter") FRONT_MATTER,
        @JsonProperty("sources_section") SOURCES_SECTION,
        @JsonProperty("body") BODY
    }

    /** The outcome of a check. */
    public enum Verdict {
        VALID, INVALID, UNREACHABLE, BLOCKED, SKIPPED
    }
}
