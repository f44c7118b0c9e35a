package dev.newsflow.query.article.rest;

import dev.newsflow.platform.rest.Problem;
import dev.newsflow.query.api.Problems;
import dev.newsflow.query.api.WaitPreference;
import dev.newsflow.query.article.domain.RetractionView;
import dev.newsflow.query.article.domain.ServedRevision;
import dev.newsflow.query.article.service.ArticleService;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to {@code GET /api/articles/{id}} once its wait is over: the article (200), not yet at the revision
 * asked for (202), retracted (410) or unknown (404); read on a worker thread.
 */
final class ArticleAnswers {

    private ArticleAnswers() {
    }

    /** The answer for article {@code id}, of which the read model serves {@code served} (null: nothing). */
    static Response answer(ArticleService articles, String id, Integer minRevision, ServedRevision served,
            WaitPreference waiting) {
        Response answer;
        if (served == null) {
            answer = notFound(id);
        } else if (served.retracted()) {
            answer = articles.retraction(id).map(ArticleAnswers::gone).orElseGet(() -> notFound(id));
        } else if (!served.reaches(minRevision)) {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("revision", served.revision());
            members.put("minRevision", minRevision);
            answer = Problems.withMembers(Response.Status.ACCEPTED, "article '" + id + "' is served at revision "
                    + served.revision() + "; revision " + minRevision + " is not served yet", members);
        } else {
            answer = articles.get(id).map(article -> Response.ok(article).build()).orElseGet(() -> notFound(id));
        }
        return waiting.applied() == null ? answer
                : Response.fromResponse(answer).header("Preference-Applied", waiting.applied()).build();
    }

    private static Response gone(RetractionView retraction) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("retractedAt", retraction.retractedAt());
        members.put("reason", retraction.reason());
        members.put("revision", retraction.revision());
        return Problems.withMembers(Response.Status.GONE, "article '" + retraction.id() + "' was retracted at revision "
                + retraction.revision() + ": " + retraction.reason(), members);
    }

    private static Response notFound(String id) {
        return Problem.of(Response.Status.NOT_FOUND, "no article with id '" + id + "'").toResponse();
    }
}
