package dev.newsflow.ingest.bucket.folder;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;

/** A visitor of a folder that changes while it is walked: entries that vanish meanwhile are skipped, not failed on. */
class LiveTreeVisitor extends SimpleFileVisitor<Path> {

    private final Path root;

    LiveTreeVisitor(Path root) {
        this.root = root;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException && !file.equals(root)) {
            return FileVisitResult.CONTINUE;
        }
        throw e;
    }
}
