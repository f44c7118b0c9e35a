package dev.newsflow.ingest.bucket.folder;

import dev.newsflow.ingest.post.domain.PostKeys;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The posts seen renamed into place from a temporary name of their own ({@code .NAME.part}, {@code NAME.part},
 * {@code NAME.tmp}): written whole before they appeared, so they need not wait out the settle time while they are
 * the file that was renamed in (same identity, size and modification time).
 */
final class RenamedIn {

    /** More marks than this means nobody claims them (the files vanished): the marks are dropped. */
    private static final int MAX_MARKS = 100_000;

    private static final List<String> TEMPORARY_SUFFIXES = List.of(".part", ".tmp");

    private final Map<String, Version> keys = new ConcurrentHashMap<>();

    /** The name a temporary file {@code tempName} stands for, or empty when it is not a temporary name of a post. */
    static Optional<String> finalNameOf(String tempName) {
        String name = tempName.startsWith(".") ? tempName.substring(1) : tempName;
        for (String suffix : TEMPORARY_SUFFIXES) {
            if (name.endsWith(suffix)) {
                String finalName = name.substring(0, name.length() - suffix.length());
                return finalName.isEmpty() || PostKeys.isIgnored(finalName) ? Optional.empty()
                        : Optional.of(finalName);
            }
        }
        return Optional.empty();
    }

    /** Notes that the post under {@code key}, as {@code attributes} describe it, was renamed into place whole. */
    void mark(String key, BasicFileAttributes attributes) {
        if (keys.size() >= MAX_MARKS) {
            keys.clear();
        }
        keys.put(key, Version.of(attributes));
    }

    /** Whether {@code key}, as {@code attributes} describe it now, is the file renamed in whole; a mark serves once. */
    boolean take(String key, BasicFileAttributes attributes) {
        Version marked = keys.remove(key);
        return marked != null && marked.equals(Version.of(attributes));
    }

    private record Version(Object fileKey, FileTime modified, long size) {
        static Version of(BasicFileAttributes attributes) {
            return new Version(Objects.requireNonNullElse(attributes.fileKey(), ""), attributes.lastModifiedTime(),
                    attributes.size());
        }
    }
}
