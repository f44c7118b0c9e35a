package dev.newsflow.query.post.rest;

/** Example answers of the post-status operations in the OpenAPI document, as the tests saw them. */
final class PostExamples {

    /** The story of a post that was rejected, sent again, published and enriched, and now waits on query-service. */
    static final String STORY = """
            {}""";

    /** No key given. */
    static final String NO_KEY = """
            {}""";

    /** A key no post has. */
    static final String UNKNOWN_KEY = """
            {}""";

    /** A file name that two posts share. */
    static final String AMBIGUOUS = """
            {}""";

    /** An article id no post published. */
    static final String UNKNOWN_ID = """
            {}""";

    private PostExamples() {
    }
}
