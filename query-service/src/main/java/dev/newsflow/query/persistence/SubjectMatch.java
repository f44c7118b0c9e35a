package dev.newsflow.query.persistence;

/**
 * The SQL condition that a figure is of the instrument a reader named, by its canonical name ({@code S&P 500}) or by
 * its symbol ({@code ^GSPC}), either ignoring case; it takes the reader's text twice as its parameters.
 */
public final class SubjectMatch {

    private SubjectMatch() {
    }

    /** The condition on the figure table aliased {@code alias}, with two {@code ?} placeholders. */
    public static String on(String alias) {
        return "(lower(" + alias + ".subject) = lower(?) or upper(" + alias + ".symbol) = upper(?))";
    }

    /** The parameters of {@link #on(String)} for {@code subject}. */
    public static Object[] parameters(String subject) {
        return new Object[] {subject, subject};
    }
}
