package dev.newsflow.query.article.domain;

import java.time.Instant;

/**
 * What the read model serves of an article now, as far as deciding on a new change needs it.
 *
 * @param id          the article id
 * @param revision    the revision served
 * @param contentHash SHA-256 (hex) of the content served
 * @param ingestedAt  when the content served was ingested
 */
public record ServedVersion(String id, int revision, String contentHash, Instant ingestedAt) {
}
