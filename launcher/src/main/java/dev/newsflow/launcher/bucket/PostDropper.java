package dev.newsflow.launcher.bucket;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.LauncherException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Drops post files into a bucket folder safely: written as a hidden {@code .NAME.part}, then renamed. */
public final class PostDropper {

    private final Console console;

    public PostDropper(Console console) {
        this.console = console;
    }

    /** Copies {@code file} into {@code folder} (created if missing); warns about names ingest-service skips. */
    public Path drop(Path file, Path folder) {
        String name = file.getFileName().toString();
        Path part = folder.resolve("." + name + ".part");
        Path target = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LauncherException("cannot drop " + file + " into " + folder + ": " + e.getMessage(), e);
        }
        if (name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp")) {
            console.warn(name + ": names starting with '.' or ending in .part/.tmp are ignored by ingest-service");
        } else if (!name.endsWith(".md") && !name.endsWith(".markdown") && !name.endsWith(".txt")) {
            console.warn(name + ": only .md, .markdown and .txt posts are taken; ingest-service will reject it");
        }
        return target;
    }

    /**
     * Drops every file under {@code samples} (not hidden ones) into {@code incoming}, keeping sub-folders; how many.
     */
    public int dropAll(Path samples, Path incoming) {
        try (Stream<Path> files = Files.walk(samples)) {
            List<Path> posts = files.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList();
            for (Path post : posts) {
                Path relative = samples.relativize(post.getParent());
                drop(post, incoming.resolve(relative.toString()));
            }
            return posts.size();
        } catch (IOException e) {
            throw new LauncherException("cannot read " + samples + ": " + e.getMessage(), e);
        }
    }
}
