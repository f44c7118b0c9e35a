package dev.newsflow.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Test posts and the safe way to drop them into a bucket folder (write a hidden file, then rename). */
public final class Posts {

    private Posts() {
    }

    /** A test resource under {@code posts/} as text. */
    public static String resource(String name) {
        try (InputStream in = Posts.class.getResourceAsStream("/posts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test post " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small valid post with the given title. */
    public static String valid(String title) {
        return """
                ---
                title: "%s"
                category: "US"
                date: 2026-03-05 21:05:00
                sentiment_score: 6
                tldr:
                  - "The S&P 500 rose 0.4%% to 6,105.20."
                ---
                ### %s
                The S&P 500 rose 0.4%% to 6,105.20 as energy shares advanced.
                """.formatted(title, title);
    }

    /** A post whose date cannot be parsed. */
    public static String badDate(String title) {
        return valid(title).replace("2026-03-05 21:05:00", "2026-13-45");
    }

    /** Drops {@code content} at {@code key} under {@code incoming} as a complete file (written, then renamed). */
    public static Path drop(Path incoming, String key, String content) {
        return drop(incoming, key, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Drops raw bytes at {@code key} under {@code incoming} as a complete file (written, then renamed). */
    public static Path drop(Path incoming, String key, byte[] content) {
        try {
            Path target = incoming.resolve(key);
            Files.createDirectories(target.getParent());
            Path part = target.resolveSibling("." + target.getFileName() + ".part");
            Files.write(part, content);
            return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
