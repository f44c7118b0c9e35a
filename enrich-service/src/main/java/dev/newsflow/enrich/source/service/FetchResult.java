package dev.newsflow.enrich.source.service;

import dev.newsflow.contracts.article.SourceCheck.Verdict;

/** What a live check found for one URL, before it is stamped with the origin and time of an article's check. */
public record FetchResult(Verdict verdict, String reason, Integer httpStatus, String finalUrl, String pageTitle,
        String canonicalUrl) {

    /** A check that got an answer from the server. */
    static FetchResult answered(Verdict verdict, String reason, int status, String finalUrl, String title,
            String canonical) {
        return new FetchResult(verdict, reason, status, finalUrl, title, canonical);
    }

    /** A check that ended without an answer (refused, unresolvable, timed out). */
    static FetchResult refused(Verdict verdict, String reason, String lastUrl) {
        return new FetchResult(verdict, reason, null, lastUrl, null, null);
    }
}
