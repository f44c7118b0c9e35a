package dev.newsflow.contracts.article;

/**
 * One problem found in a rejected post.
 *
 * @param line    1-based line of the file where the problem is, or null when it concerns the whole file
 * @param field   the front-matter key concerned, or null
 * @param message what is wrong, in words a person understands
 */
public record RejectionError(Integer line, String field, String message) {

    /** A problem of the whole file, with no line or field. */
    public static RejectionError ofFile(String message) {
        return new RejectionError(null, null, message);
    }
}
