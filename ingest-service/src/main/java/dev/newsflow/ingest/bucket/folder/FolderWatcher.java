package dev.newsflow.ingest.bucket.folder;

import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.domain.BucketException;
import dev.newsflow.ingest.bucket.service.BucketIntake;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Finds posts in a folder bucket's {@code incoming/} for the intake: file-system events for speed, a full rescan at
 * start-up, on event overflow and every {@code newsflow.bucket.rescan-interval} for whatever the events missed. A post
 * whose creation comes right after its temporary name ({@code .NAME.part}, {@code NAME.part}, {@code NAME.tmp}) was
 * deleted in the same folder was renamed into place whole, and is marked so. Idle when the bucket is S3.
 */
@ApplicationScoped
public class FolderWatcher {

    private final FolderBucket bucket;
    private final BucketIntake intake;
    private final boolean enabled;
    private WatchService watchService;
    /** The path a temporary file whose deletion was the last event stands for, or null. */
    private Path lastTempDeleted;

    FolderWatcher(FolderBucket bucket, BucketIntake intake, BucketLocation location) {
        this.bucket = bucket;
        this.intake = intake;
        this.enabled = !location.isS3();
    }

    void start(@Observes StartupEvent event) throws IOException {
        if (!enabled) {
            return;
        }
        watchService = FileSystems.getDefault().newWatchService();
        registerTree(bucket.incoming());
        Thread thread = new Thread(this::watch, "ingest-watcher");
        thread.setDaemon(true);
        thread.start();
        Log.infof("Watching %s", bucket.incoming());
        rescan();
    }

    void stop(@Observes ShutdownEvent event) throws IOException {
        if (watchService != null) {
            watchService.close();
        }
    }

    /** Offers every entry of {@code incoming/}; the intake skips those already being handled. */
    @Scheduled(every = "${newsflow.bucket.rescan-interval}", delayed = "${newsflow.bucket.rescan-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void rescan() {
        if (!enabled) {
            return;
        }
        try {
            intake.offerListed();
        } catch (BucketException e) {
            Log.warnf("Rescan of %s failed: %s", bucket.incoming(), e.getMessage());
        }
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    try {
                        handle(dir, event);
                    } catch (RuntimeException e) {
                        Log.warnf(e, "A file-system event could not be handled; the rescan will cover it: %s",
                                e.getMessage());
                    }
                }
                key.reset();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            Log.debug("Watcher stopped");
        }
    }

    private void handle(Path dir, WatchEvent<?> event) {
        Path renameTarget = lastTempDeleted;
        lastTempDeleted = null;
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            Log.info("File-system events overflowed; rescanning incoming/");
            rescan();
            return;
        }
        Path entry = dir.resolve((Path) event.context());
        if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
            lastTempDeleted = RenamedIn.finalNameOf(entry.getFileName().toString()).map(dir::resolve).orElse(null);
            return;
        }
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && entry.equals(renameTarget)) {
            markRenamedIn(entry);
        }
        onEntry(entry);
    }

    private void onEntry(Path entry) {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            try {
                registerTree(entry);
                FolderFiles.entriesUnder(entry).forEach(this::offer);
            } catch (IOException | BucketException e) {
                Log.warnf("Cannot watch %s, the rescan will cover it: %s", entry, e.getMessage());
            }
        } else {
            offer(entry);
        }
    }

    private void markRenamedIn(Path entry) {
        try {
            bucket.renamedIn().mark(bucket.keyOf(entry),
                    Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException gone) {
            Log.debugf("%s vanished after it was renamed in", entry);
        }
    }

    private void offer(Path entry) {
        intake.offer(BucketEntry.unsized(bucket.keyOf(entry)));
    }

    /** Watches every folder under {@code root}; entries that vanish while it walks are skipped. */
    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new LiveTreeVisitor(root) {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
