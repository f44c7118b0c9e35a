package dev.newsflow.ingest.bucket.folder;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Keeps a second ingest process off a bucket folder: an exclusive lock on {@code <root>/.ingest.lock}, held by the
 * operating system for as long as this process lives, with the holder's pid, host and start time written in the
 * file for the message the second one gets. A process that dies loses the lock with it, so a lock file left behind
 * is stale by construction: the next process takes it over. The file is never deleted (deleting it would let two
 * processes lock two different files of the same name).
 */
public final class FolderLock implements AutoCloseable {

    /** Name of the lock file in the bucket's root folder. */
    public static final String FILE_NAME = ".ingest.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the bucket folder {@code root}; fails, naming the holder, when another process has it. */
    public static FolderLock acquire(Path root) {
        Path file = root.resolve(FILE_NAME);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            String previous = read(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The bucket folder " + root + " is taken by another ingest-service ("
                        + (previous.isBlank() ? "holder unknown" : previous) + "): only one ingest process may take a "
                        + "folder bucket. Stop the other one, or share an S3 bucket between replicas (see "
                        + "ingest-service/README.md)");
            }
            if (!previous.isBlank()) {
                Log.infof("Took over the lock of %s left by a process that is gone (%s)", root, previous);
            }
            write(channel, "pid " + ProcessHandle.current().pid() + " on host " + host() + ", since " + Instant.now());
            return new FolderLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the bucket folder " + root + " (" + file + ")", e);
        }
    }

    /** Releases the lock, leaving the file empty so the next holder finds no trace of this one. */
    @Override
    public void close() {
        try (channel) {
            write(channel, "");
            lock.release();
        } catch (IOException e) {
            Log.warnf("Could not release the bucket lock cleanly (the operating system drops it anyway): %s",
                    e.getMessage());
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    private static void write(FileChannel channel, String holder) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
