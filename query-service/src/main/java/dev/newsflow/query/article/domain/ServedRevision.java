package dev.newsflow.query.article.domain;

/**
 * The revision of an article the read model serves now, or has retracted.
 *
 * @param revision  the revision
 * @param retracted whether that revision was withdrawn (the article is then gone from every list)
 */
public record ServedRevision(int revision, boolean retracted) {

    /** Whether this is at least revision {@code minimum} (any revision when it is null). */
    public boolean reaches(Integer minimum) {
        return minimum == null || revision >= minimum;
    }
}
