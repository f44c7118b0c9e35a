package dev.newsflow.query.dashboard.rest;

import dev.newsflow.query.article.domain.RetractionView;
import dev.newsflow.query.article.domain.RevisionSummary;
import java.util.List;

/**
 * A retracted article: its retraction notice (which revision, when, why), its last title and its kept revisions.
 *
 * @param retraction the retraction
 * @param title      the title of the revision withdrawn, or null when no revision of it is kept
 * @param revisions  its kept revisions, newest first
 */
public record WithdrawnPage(RetractionView retraction, String title, List<RevisionSummary> revisions) {

    /** The page of {@code retraction}, titled after the revision it withdrew (or the newest kept). */
    static WithdrawnPage of(RetractionView retraction, List<RevisionSummary> revisions) {
        String title = revisions.stream().filter(r -> r.revision() == retraction.revision()).findFirst()
                .or(() -> revisions.stream().findFirst()).map(RevisionSummary::title).orElse(null);
        return new WithdrawnPage(retraction, title, revisions);
    }
}
