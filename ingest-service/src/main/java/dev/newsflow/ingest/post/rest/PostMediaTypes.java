package dev.newsflow.ingest.post.rest;

import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Content-Types a post is taken with: {@code text/markdown}, {@code text/x-markdown}, {@code text/plain},
 * {@code application/octet-stream} or none at all; anything else (JSON, forms, images) is refused, so a wrong client
 * is told so. A charset parameter is not trusted either way: the bytes must be UTF-8, which the parser checks.
 */
final class PostMediaTypes {

    /** The media types a post is taken as. */
    private static final Set<String> ACCEPTED = Set.of("text/markdown", "text/x-markdown", "text/plain",
            MediaType.APPLICATION_OCTET_STREAM);
    private static final String HOW = ": send a post as text/markdown (or text/x-markdown, text/plain, "
            + "application/octet-stream), or without a Content-Type";

    private PostMediaTypes() {
    }

    /** Why a post cannot be taken with {@code contentType}, or empty when it can. */
    static Optional<String> problemWith(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("the Content-Type '" + contentType + "' cannot be read" + HOW);
        }
        String name = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        return ACCEPTED.contains(name) ? Optional.empty()
                : Optional.of("the Content-Type '" + name + "' is not accepted" + HOW);
    }
}
