package dev.newsflow.query.api;

/** A request parameter that cannot be used; answered with a 400 problem that names it. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    /** {@code parameter} is wrong because of {@code detail}. */
    public InvalidParameterException(String parameter, String detail) {
        super(detail, null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
