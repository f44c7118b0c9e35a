package dev.newsflow.ingest.bucket.folder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.service.Claim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder's read lock: a file is claimed once settled, read whole, and committed only while unchanged. */
class SettledFileLockTest {

    private static final Duration SETTLE = Duration.ofSeconds(5);

    @TempDir
    Path root;

    private FolderBucket bucket;
    private SettledFileLock lock;

    @BeforeEach
    void openBucket() {
        bucket = new FolderBucket(new BucketLocation(root, null, null), new ObjectMapper());
        lock = new SettledFileLock(bucket, SETTLE);
    }

    @AfterEach
    void closeBucket() {
        bucket.unlock();
    }

    @Test
    void aFileJustWrittenIsClaimedOnlyOnceItHasSettled() throws Exception {
        // Given a file modified a second ago
        Path file = drop("fresh.md", "post", Duration.ofSeconds(1));

        // When it is claimed, Then it is deferred for the rest of the settle time
        Claim claim = lock.claim(BucketEntry.unsized("fresh.md"));
        assertThat(claim).isInstanceOf(Claim.NotYet.class);
        assertThat(((Claim.NotYet) claim).delay()).isBetween(Duration.ofSeconds(3), SETTLE);

        // And once older than the settle time it is claimed with its size
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(10)));
        Claim.Claimed claimed = (Claim.Claimed) lock.claim(BucketEntry.unsized("fresh.md"));
        assertThat(claimed.key()).isEqualTo("fresh.md");
        assertThat(claimed.size()).isEqualTo(4);
    }

    @Test
    void aContentReadShorterThanClaimedIsNotCompleteYet() throws Exception {
        // Given a settled file claimed at its size
        drop("growing.md", "post", Duration.ofSeconds(10));
        Claim.Claimed claimed = (Claim.Claimed) lock.claim(BucketEntry.unsized("growing.md"));

        // Then a read of another length waits a settle time, and a read of its length is loaded
        assertThat(lock.afterRead(claimed, "pos".getBytes())).isEqualTo(new Claim.NotYet(SETTLE));
        assertThat(lock.afterRead(claimed, "post".getBytes())).isInstanceOf(Claim.Loaded.class);
    }

    @Test
    void aFileChangedAfterItsClaimIsNoLongerTheOneClaimed() throws Exception {
        // Given a settled file, claimed
        Path file = drop("changed.md", "post", Duration.ofSeconds(10));
        Claim.Claimed claimed = (Claim.Claimed) lock.claim(BucketEntry.unsized("changed.md"));
        assertThat(lock.isUnchanged(claimed)).isTrue();

        // When it is rewritten, Then it is changed; and when it is gone, too
        Files.writeString(file, "a longer post");
        assertThat(lock.isUnchanged(claimed)).isFalse();
        Files.delete(file);
        assertThat(lock.isUnchanged(claimed)).isFalse();
    }

    @Test
    void linksAndFoldersAreNotTakenAsPosts() throws Exception {
        // Given a symbolic link, a folder, and a key with nothing behind it
        Files.writeString(root.resolve("target.md"), "elsewhere");
        Files.createSymbolicLink(bucket.incoming().resolve("link.md"), root.resolve("target.md"));
        Files.createDirectories(bucket.incoming().resolve("folder.md"));

        // Then (once settled) the link is refused naming its target, and the folder and the missing key are gone
        SettledFileLock settled = new SettledFileLock(bucket, Duration.ZERO);
        Claim link = settled.claim(BucketEntry.unsized("link.md"));
        assertThat(link).isInstanceOf(Claim.Refused.class);
        assertThat(((Claim.Refused) link).problem().reason()).contains("symbolic links are not accepted")
                .contains(root.resolve("target.md").toString());
        assertThat(settled.claim(BucketEntry.unsized("folder.md"))).isInstanceOf(Claim.Gone.class);
        assertThat(settled.claim(BucketEntry.unsized("missing.md"))).isInstanceOf(Claim.Gone.class);
    }

    private Path drop(String key, String content, Duration age) throws Exception {
        Path file = Files.writeString(bucket.incoming().resolve(key), content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }
}
