package dev.newsflow.ingest.post.domain;

import dev.newsflow.contracts.article.RejectionError;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a post cannot be ingested; carries every problem found, each with its line and field where known. */
public class PostRejectedException extends Exception {

    private final transient List<RejectionError> errors;

    /** A rejection with one or more problems. */
    public PostRejectedException(List<RejectionError> errors) {
        super(summary(errors), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A rejection needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** A rejection with one problem of the whole file. */
    public PostRejectedException(String message) {
        this(List.of(RejectionError.ofFile(message)));
    }

    /** A rejection with one problem at a line and field. */
    public PostRejectedException(Integer line, String field, String message) {
        this(List.of(new RejectionError(line, field, message)));
    }

    /** Every problem found. */
    public List<RejectionError> errors() {
        return errors;
    }

    /** One line a person understands, e.g. {@code line 4, field 'date': '2026-13-45' is not a date}. */
    public String reason() {
        return getMessage();
    }

    private static String summary(List<RejectionError> errors) {
        return errors.stream().map(PostRejectedException::describe).collect(Collectors.joining("; "));
    }

    private static String describe(RejectionError error) {
        StringBuilder where = new StringBuilder();
        if (error.line() != null) {
            where.append("line ").append(error.line());
        }
        if (error.field() != null) {
            where.append(where.isEmpty() ? "" : ", ").append("field '").append(error.field()).append('\'');
        }
        return where.isEmpty() ? error.message() : where + ": " + error.message();
    }
}
