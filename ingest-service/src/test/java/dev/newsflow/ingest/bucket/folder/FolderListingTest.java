package dev.newsflow.ingest.bucket.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing {@code incoming/} while the intake moves files out of it, as it does under load. */
class FolderListingTest {

    @TempDir
    Path root;

    @Test
    void aListingSkipsFilesThatAreMovedAwayWhileItRuns() throws Exception {
        Path incoming = Files.createDirectories(root.resolve("incoming/2026"));
        Path processed = Files.createDirectories(root.resolve("processed"));
        Set<Path> dropped = new HashSet<>();
        for (int i = 0; i < 3000; i++) {
            dropped.add(Files.writeString(incoming.resolve("post-" + i + ".md"), "post " + i));
        }
        Files.writeString(incoming.resolve(".half-written.md.part"), "ignored");
        CompletableFuture<Void> mover = CompletableFuture.runAsync(() -> {
            for (Path file : dropped) {
                try {
                    Files.move(file, processed.resolve(file.getFileName()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        int listings = 0;
        while (!mover.isDone() || listings == 0) {
            List<Path> listed = FolderFiles.entriesUnder(root.resolve("incoming"));
            assertThat(dropped).containsAll(listed);
            listings++;
        }
        mover.join();
        assertThat(FolderFiles.entriesUnder(root.resolve("incoming"))).isEmpty();
        assertThat(processed.toFile().list()).hasSize(3000);
    }
}
