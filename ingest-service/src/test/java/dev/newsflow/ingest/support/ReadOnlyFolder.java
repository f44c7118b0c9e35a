package dev.newsflow.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes a folder read-only until closed: its write bits off, and for root, who ignores them, also the immutable
 * attribute ({@code chattr +i}), as a volume remounted read-only would be.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final Set<PosixFilePermission> permissions;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder) throws IOException {
        this.folder = folder;
        this.permissions = Files.getPosixFilePermissions(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        this.immutable = Files.isWritable(folder);
        if (immutable) {
            chattr("+i");
        }
        if (Files.isWritable(folder)) {
            close();
            throw new IllegalStateException(folder + " is still writable for this user");
        }
    }

    /** Turns {@code folder} read-only. */
    public static ReadOnlyFolder of(Path folder) {
        try {
            return new ReadOnlyFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the folder writable again, as it was. */
    @Override
    public void close() throws IOException {
        if (immutable) {
            chattr("-i");
        }
        Files.setPosixFilePermissions(folder, permissions);
    }

    private void chattr(String change) throws IOException {
        try {
            Process process = new ProcessBuilder("chattr", change, folder.toString()).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IOException("chattr " + change + " " + folder + " exited with " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
