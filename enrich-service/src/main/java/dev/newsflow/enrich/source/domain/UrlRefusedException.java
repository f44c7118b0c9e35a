package dev.newsflow.enrich.source.domain;

import dev.newsflow.contracts.article.SourceCheck.Verdict;

/** A source URL refused without a connection: {@code INVALID} (malformed) or {@code BLOCKED} (forbidden address). */
public class UrlRefusedException extends Exception {

    private final Verdict verdict;
    private final String host;

    /** A refusal with its verdict, reason and the host when one could be read. */
    public UrlRefusedException(Verdict verdict, String reason, String host) {
        super(reason, null, false, false);
        this.verdict = verdict;
        this.host = host;
    }

    /** {@code INVALID} or {@code BLOCKED}. */
    public Verdict verdict() {
        return verdict;
    }

    /** The host of the URL, or null. */
    public String host() {
        return host;
    }
}
