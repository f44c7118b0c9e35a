package dev.newsflow.ingest.bucket;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rules for the keys of posts in the bucket: which names are ignored and which keys are safe. */
public final class BucketKeys {

    private static final int MAX_KEY_LENGTH = 1024;
    private static final Pattern SEPARATORS = Pattern.compile("\\\\");

    private BucketKeys() {
    }

    /** Whether a file name is skipped: hidden names and files still being written ({@code .tmp}, {@code .part}). */
    public static boolean isIgnored(String fileName) {
        return fileName.startsWith(".") || fileName.endsWith(".tmp") || fileName.endsWith(".part")
                || fileName.endsWith(".error.json");
    }

    /** Why {@code key} cannot name a post in the bucket, or empty when it can. */
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
        if (isIgnored(key.substring(key.lastIndexOf('/') + 1))) {
            return Optional.of("the name must not start with '.' or end in .tmp, .part or .error.json");
        }
        return Optional.empty();
    }

    /** {@code entry}'s key relative to {@code folder}, with {@code /} separators. */
    static String relativeKey(Path folder, Path entry) {
        return SEPARATORS.matcher(folder.relativize(entry).toString()).replaceAll("/");
    }

    /** The path of {@code key} under {@code folder}; fails when the key would leave the folder. */
    static Path resolve(Path folder, String key) {
        Path path = folder.resolve(key).normalize();
        if (!path.startsWith(folder) || path.equals(folder)) {
            throw new IllegalArgumentException("The key '" + key + "' escapes " + folder);
        }
        return path;
    }
}
