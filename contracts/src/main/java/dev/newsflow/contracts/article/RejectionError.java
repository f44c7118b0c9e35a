package dev.newsflow.contracts.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One problem found in a rejected post.
 *
 * @param line    1-based line of the file where the problem is, or null when it concerns the whole file
 * @param field   the front-matter key concerned, or null
 * @param message what is wrong, in words a person understands
 */
public record RejectionError(
        @Schema(nullable = true) Integer line,
        @Schema(nullable = true) String field,
        String message) {

    /** A problem of the whole file, with no line or field. */
    public static RejectionError ofFile(String message) {
        return new RejectionError(null, null, message);
    }
}
