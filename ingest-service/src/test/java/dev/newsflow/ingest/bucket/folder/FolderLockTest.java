package dev.newsflow.ingest.bucket.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {

    private static final String ME = "pid " + ProcessHandle.current().pid() + " on host ";

    @TempDir
    Path root;

    @Test
    void aSecondHolderIsRefusedWithAMessageNamingTheFirst() throws Exception {
        // Given the folder locked by one holder
        try (FolderLock first = FolderLock.acquire(root)) {
            // When a second one tries to lock it
            // Then it is refused with the first one's pid, host and start time, and told what to do
            assertThatThrownBy(() -> FolderLock.acquire(root))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The bucket folder " + root + " is taken by another ingest-service (" + ME
                            + InetAddress.getLocalHost().getHostName() + ", since ")
                    .hasMessageEndingWith("): only one ingest process may take a folder bucket. Stop the other one, or "
                            + "share an S3 bucket between replicas (see ingest-service/README.md)");
        }
    }

    @Test
    void aReleasedLockCanBeTakenAgainAndLeavesNoHolderBehind() throws Exception {
        // Given a lock taken and released
        FolderLock.acquire(root).close();
        assertThat(Files.readString(root.resolve(FolderLock.FILE_NAME))).isEmpty();

        // When it is taken again, it is given
        try (FolderLock again = FolderLock.acquire(root)) {
            assertThat(Files.readString(root.resolve(FolderLock.FILE_NAME))).startsWith(ME);
        }
    }

    @Test
    void aLockFileLeftByAProcessThatIsGoneIsTakenOver() throws Exception {
        // Given a lock file naming a holder that died without releasing it (so the system holds no lock on it)
        Files.writeString(root.resolve(FolderLock.FILE_NAME),
                "pid 999999 on host elsewhere, since 2026-03-01T10:00:00Z");

        // When the folder is locked
        try (FolderLock lock = FolderLock.acquire(root)) {
            // Then the lock is given, and the file names this holder only
            assertThat(Files.readString(root.resolve(FolderLock.FILE_NAME))).startsWith(ME).doesNotContain("999999");
        }
    }
}
