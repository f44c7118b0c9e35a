package dev.newsflow.enrich.source.domain;

import dev.newsflow.contracts.article.SourceCheck.Origin;

/** A URL an article cites, as written, and where it cites it. */
public record CitedLink(String url, Origin origin) {
}
