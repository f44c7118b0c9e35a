package dev.newsflow.query.article.domain;

import dev.newsflow.contracts.article.ArticleEnriched;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of {@code articles.enriched} for the read model: an enriched article with its JSON as received, or its
 * retraction (exactly one of the two is present).
 */
public record ArticleChange(ArticleEnriched enriched, String json, RetractionNotice retraction) {

    /** The change that stores {@code event}, received as {@code json}. */
    public static ArticleChange of(ArticleEnriched event, String json) {
        return new ArticleChange(event, json, null);
    }

    /** The change that retracts an article. */
    public static ArticleChange of(RetractionNotice notice) {
        return new ArticleChange(null, null, notice);
    }

    /** The article id. */
    public String id() {
        return enriched != null ? enriched.id() : retraction.id();
    }

    /**
     * {@code changes} by article id in order of arrival; an event without a revision (of an older producer) followed
     * by another change of its id is left out, so the last one counts, as it always did.
     */
    public static Map<String, List<ArticleChange>> byId(Collection<ArticleChange> changes) {
        Map<String, List<ArticleChange>> byId = new LinkedHashMap<>();
        for (ArticleChange change : changes) {
            List<ArticleChange> ofId = byId.computeIfAbsent(change.id(), id -> new ArrayList<>());
            if (!ofId.isEmpty() && ofId.get(ofId.size() - 1).unnumbered()) {
                ofId.remove(ofId.size() - 1);
            }
            ofId.add(change);
        }
        return byId;
    }

    private boolean unnumbered() {
        return enriched != null && enriched.revision() == null;
    }
}
