package dev.newsflow.ingest.bucket.folder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.newsflow.contracts.article.ArticleRejected;
import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.domain.BucketException;
import dev.newsflow.ingest.bucket.domain.Requeue;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
    private final RenamedIn renamedIn = new RenamedIn();

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

    /** The posts seen renamed into place whole, which the read lock takes without waiting. */
    RenamedIn renamedIn() {
        return renamedIn;
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

    /** Every file and symbolic link under {@code incoming/}, not following links; the read lock reads their sizes. */
    @Override
    public List<BucketEntry> listIncoming() {
        return FolderFiles.entriesUnder(incoming).stream().map(entry -> BucketEntry.unsized(keyOf(entry))).toList();
    }

    /** The key of an entry under {@code incoming/}, relative to it and with {@code /} separators. */
    public String keyOf(Path entry) {
        return FolderFiles.relativeKey(incoming, entry);
    }

    /** The path of {@code key} under {@code incoming/}. */
    public Path incomingPath(String key) {
        return FolderFiles.resolve(incoming, key);
    }

    @Override
    public Optional<byte[]> read(String key, int limit) {
        try {
            return Optional.of(FolderFiles.read(incomingPath(key), limit));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BucketException("Cannot read " + incomingPath(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(incomingPath(key), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new BucketException("Cannot read " + incomingPath(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void markProcessed(String key) {
        FolderFiles.move(incomingPath(key), FolderFiles.resolve(processed, key));
    }

    @Override
    public void storeProcessed(String key, byte[] content) {
        FolderFiles.write(FolderFiles.resolve(processed, key), content);
    }

    @Override
    public void quarantine(String key, ArticleRejected report) {
        Path target = FolderFiles.resolve(rejected, key);
        writeReport(target, report);
        FolderFiles.move(incomingPath(key), target);
    }

    @Override
    public void storeRejected(String key, byte[] content, ArticleRejected report) {
        Path target = FolderFiles.resolve(rejected, key);
        writeReport(target, report);
        FolderFiles.write(target, content);
    }

    @Override
    public Requeue requeue(String key) {
        Path post = FolderFiles.resolve(rejected, key);
        if (!Files.isRegularFile(post, LinkOption.NOFOLLOW_LINKS)) {
            return Requeue.NOT_REJECTED;
        }
        Path target = incomingPath(key);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Requeue.INCOMING_TAKEN;
        }
        try {
            Files.deleteIfExists(reportOf(post));
        } catch (IOException e) {
            throw new BucketException("Cannot delete the error report of " + post, e);
        }
        FolderFiles.move(post, target);
        return Requeue.MOVED;
    }

    /** The report written beside a rejected post. */
    public static Path reportOf(Path rejectedPost) {
        return rejectedPost.resolveSibling(rejectedPost.getFileName() + ERROR_SUFFIX);
    }

    private void writeReport(Path rejectedPost, ArticleRejected report) {
        try {
            FolderFiles.write(reportOf(rejectedPost), reportWriter.writeValueAsBytes(report));
        } catch (IOException e) {
            throw new BucketException("Cannot write the error report of " + rejectedPost, e);
        }
    }
}
