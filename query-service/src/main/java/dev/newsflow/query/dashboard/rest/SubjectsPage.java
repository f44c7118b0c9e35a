package dev.newsflow.query.dashboard.rest;

import java.util.List;

/**
 * The instruments the articles speak of, by name.
 *
 * @param subjects   one page of them
 * @param nextCursor the cursor of the next page, or null
 */
public record SubjectsPage(List<SubjectRow> subjects, String nextCursor) {
}
