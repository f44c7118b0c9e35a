package dev.newsflow.query.post.service;

import java.util.List;

/** A file name that several posts' bucket keys end in; the caller must say which. */
public class AmbiguousKeyException extends RuntimeException {

    private final List<String> keys;

    /** {@code name} matches every one of {@code keys}. */
    public AmbiguousKeyException(String name, List<String> keys) {
        super("'" + name + "' matches " + keys.size() + " posts: " + String.join(", ", keys)
                + "; ask for one by its whole key", null, false, false);
        this.keys = List.copyOf(keys);
    }

    /** The bucket keys that match, latest first. */
    public List<String> keys() {
        return keys;
    }
}
