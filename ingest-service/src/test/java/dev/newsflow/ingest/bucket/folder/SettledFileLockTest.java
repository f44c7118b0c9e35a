package dev.newsflow.ingest.bucket.folder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.service.Claim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
    void aFileRenamedInWholeIsClaimedAtOnceAndOnlyWhileItIsTheFileRenamedIn() throws Exception {
        // Given two files written a second ago, both seen renamed into place whole
        Path kept = drop("renamed.md", "post", Duration.ofSeconds(1));
        Path changed = drop("renamed-then-changed.md", "post", Duration.ofSeconds(1));
        bucket.renamedIn().mark("renamed.md", Files.readAttributes(kept, BasicFileAttributes.class));
        bucket.renamedIn().mark("renamed-then-changed.md", Files.readAttributes(changed, BasicFileAttributes.class));

        // When the second is written again after its rename, and both are claimed
        Files.writeString(changed, "post, longer");
        Claim first = lock.claim(BucketEntry.unsized("renamed.md"));
        Claim second = lock.claim(BucketEntry.unsized("renamed-then-changed.md"));

        // Then the file renamed in is claimed without waiting, the changed one waits its settle time
        assertThat(first).isInstanceOf(Claim.Claimed.class);
        assertThat(second).isInstanceOf(Claim.NotYet.class);

        // And the mark serves once: the same fresh file claimed again waits like any other
        assertThat(lock.claim(BucketEntry.unsized("renamed.md"))).isInstanceOf(Claim.NotYet.class);
    }

    @Test
    void onlyATemporaryNameOfAPostStandsForAFinalName() {
        assertThat(RenamedIn.finalNameOf(".wrap.md.part")).contains("wrap.md");
        assertThat(RenamedIn.finalNameOf("wrap.md.part")).contains("wrap.md");
        assertThat(RenamedIn.finalNameOf("wrap.md.tmp")).contains("wrap.md");
        assertThat(RenamedIn.finalNameOf(".wrap.md.tmp")).contains("wrap.md");
        assertThat(RenamedIn.finalNameOf("wrap.md")).isEmpty();
        assertThat(RenamedIn.finalNameOf(".part")).isEmpty();
        assertThat(RenamedIn.finalNameOf("..hidden.part")).isEmpty();
        assertThat(RenamedIn.finalNameOf("wrap.md.error.json.part")).isEmpty();
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
