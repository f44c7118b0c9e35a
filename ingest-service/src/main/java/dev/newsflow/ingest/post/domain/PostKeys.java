package dev.newsflow.ingest.post.domain;

import java.util.Optional;

/** Rules for the keys of posts (their names relative to {@code incoming/}): which names are ignored, which are safe. */
public final class PostKeys {

    private static final int MAX_KEY_LENGTH = 1024;

    private PostKeys() {
    }

    /** Whether a file name is skipped: hidden names and files still being written ({@code .tmp}, {@code .part}). */
    public static boolean isIgnored(String fileName) {
        return fileName.startsWith(".") || fileName.endsWith(".tmp") || fileName.endsWith(".part")
                || fileName.endsWith(".error.json");
    }

    /** Whether the last segment of {@code key} is an ignored file name. */
    public static boolean isIgnoredKey(String key) {
        return isIgnored(key.substring(key.lastIndexOf('/') + 1));
    }

    /** Why {@code key} cannot name a post, or empty when it can. */
    public static Optional<String> problemWith(String key) {
        if (key == null || key.isBlank()) {
            return Optional.of("the name is empty");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            return Optional.of("the name is longer than " + MAX_KEY_LENGTH + " characters");
        }
        if (key.indexOf('\0') >= 0 || key.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("the name contains control characters");
        }
        if (key.startsWith("/") || key.contains("\\")) {
            return Optional.of("the name must be a relative path with '/' separators");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.of("the name must not contain empty, '.' or '..' segments");
            }
        }
        if (isIgnoredKey(key)) {
            return Optional.of("the name must not start with '.' or end in .tmp, .part or .error.json");
        }
        return Optional.empty();
    }
}
