package dev.newsflow.ingest.bucket;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.newsflow.contracts.article.ArticleRejected;
import dev.newsflow.ingest.post.domain.PostKeys;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The bucket as a folder: {@code incoming/} to drop posts in, {@code processed/} and {@code rejected/} for the outcome;
 * locked against a second ingest process for as long as this one runs ({@link FolderLock}).
 */
@ApplicationScoped
@Typed(FolderBucket.class)
public class FolderBucket implements Bucket {

    private final Path incoming;
    private final Path processed;
    private final Path rejected;
    private final List<Path> folders;
    private final ObjectWriter reportWriter;
    private final FolderLock lock;

    FolderBucket(BucketLocation location, ObjectMapper json) {
        Path root = location.folder().toAbsolutePath().normalize();
        this.incoming = root.resolve("incoming");
        this.processed = root.resolve("processed");
        this.rejected = root.resolve("rejected");
        this.folders = List.of(incoming, processed, rejected);
        this.reportWriter = json.writerWithDefaultPrettyPrinter();
        try {
            for (Path dir : folders) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the bucket folders under " + root, e);
        }
        this.lock = FolderLock.acquire(root);
    }

    @PreDestroy
    void unlock() {
        lock.close();
    }

    @Override
    public void probe() {
        for (Path dir : folders) {
            if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
                throw new BucketException("The bucket folder " + dir + " is missing or not writable", null);
            }
        }
    }

    /** The folder posts are dropped into. */
    public Path incoming() {
        return incoming;
    }

    /** The folder posts move to once their event is acknowledged. */
    public Path processed() {
        return processed;
    }

    /** The folder bad posts move to, each with its {@code .error.json}. */
    public Path rejected() {
        return rejected;
    }

    /** Every entry under {@code incoming/} that may be a post: files and symbolic links, not following links. */
    public List<Path> listIncoming() {
        return entriesUnder(incoming);
    }

    /** The entries under {@code root} that are not folders or ignored names; entries moved away meanwhile are skipped. */
    static List<Path> entriesUnder(Path root) {
        List<Path> entries = new ArrayList<>();
        try {
            Files.walkFileTree(root, new LiveTreeVisitor(root) {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!attributes.isDirectory() && !PostKeys.isIgnored(file.getFileName().toString())) {
                        entries.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BucketException("Cannot list " + root, e);
        }
        return entries;
    }

    /** The key of an entry under {@code incoming/}, relative to it and with {@code /} separators. */
    public String keyOf(Path entry) {
        return BucketKeys.relativeKey(incoming, entry);
    }

    /** The path of {@code key} under {@code incoming/}. */
    public Path incomingPath(String key) {
        return BucketKeys.resolve(incoming, key);
    }

    /** Moves a published post from {@code incoming/} to the same place under {@code processed/}. */
    @Override
    public void markProcessed(String key) {
        move(incomingPath(key), BucketKeys.resolve(processed, key));
    }

    /** Keeps a post received over HTTP and published, under {@code processed/}. */
    @Override
    public void storeProcessed(String key, byte[] content) {
        write(BucketKeys.resolve(processed, key), content);
    }

    /** Moves a rejected post from {@code incoming/} to {@code rejected/} and writes its report beside it. */
    @Override
    public void quarantine(String key, ArticleRejected report) {
        Path target = BucketKeys.resolve(rejected, key);
        writeReport(target, report);
        move(incomingPath(key), target);
    }

    /** Keeps a rejected post received over HTTP under {@code rejected/}, with its report beside it. */
    @Override
    public void storeRejected(String key, byte[] content, ArticleRejected report) {
        Path target = BucketKeys.resolve(rejected, key);
        writeReport(target, report);
        write(target, content);
    }

    /** The report written beside a rejected post. */
    public static Path reportOf(Path rejectedPost) {
        return rejectedPost.resolveSibling(rejectedPost.getFileName() + ERROR_SUFFIX);
    }

    private void writeReport(Path rejectedPost, ArticleRejected report) {
        try {
            write(reportOf(rejectedPost), reportWriter.writeValueAsBytes(report));
        } catch (IOException e) {
            throw new BucketException("Cannot write the error report of " + rejectedPost, e);
        }
    }

    private static void move(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new BucketException("Cannot move " + source + " to " + target, e);
        }
    }

    private static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path part = target.resolveSibling("." + target.getFileName() + ".part");
            Files.write(part, content);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BucketException("Cannot write " + target, e);
        }
    }
}
