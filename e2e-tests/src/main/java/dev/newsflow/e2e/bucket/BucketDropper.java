package dev.newsflow.e2e.bucket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicLong;

/** Drops posts into a bucket folder's {@code incoming/} the safe way: written as a hidden .part file, then renamed. */
public final class BucketDropper {

    private final Path incoming;

    public BucketDropper(Path bucket) {
        this.incoming = bucket.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code content} as {@code incoming/NAME}, atomically as far as the watcher can see. */
    public Path drop(String name, byte[] content) {
        Path target = incoming.resolve(name);
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Files.write(part, content);
            return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not drop " + name + " into " + incoming, e);
        }
    }

    /**
     * How many files wait in {@code incoming/} (any depth, hidden .part files included; files moved away meanwhile are
     * skipped).
     */
    public long pending() {
        AtomicLong files = new AtomicLong();
        try {
            Files.walkFileTree(incoming, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.incrementAndGet();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.get();
    }
}
