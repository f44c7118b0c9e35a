package dev.newsflow.ingest.bucket;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Keys of a folder bucket as paths: a path's key, and a key's path that must not leave its folder. */
public final class BucketKeys {

    private static final Pattern SEPARATORS = Pattern.compile("\\\\");

    private BucketKeys() {
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
