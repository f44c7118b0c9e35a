package dev.newsflow.ingest.bucket.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.service.Claim;
import dev.newsflow.ingest.post.domain.ContentHash;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The read lock of S3: an object is claimed as listed, unless its key is no safe post name. */
class ListedObjectLockTest {

    private final ListedObjectLock lock = new ListedObjectLock();

    @Test
    void anObjectIsClaimedAtItsListedSizeAndKeptAsRead() {
        Claim.Claimed claimed = (Claim.Claimed) lock.claim(new BucketEntry("2026/gold.md", 42));

        assertThat(claimed).isEqualTo(new Claim.Claimed("2026/gold.md", 42, null));
        Claim.Loaded loaded = (Claim.Loaded) lock.afterRead(claimed, new byte[3]);
        assertThat(loaded.claimed()).isEqualTo(claimed);
        assertThat(loaded.content()).hasSize(3);
        assertThat(lock.isUnchanged(claimed)).isTrue();
    }

    @Test
    void anObjectWhoseKeyIsNoSafeNameIsRefusedUnreadWithTheHashOfItsKey() {
        String key = "a/../b.md";

        Claim claim = lock.claim(new BucketEntry(key, 42));

        Claim.Refused refused = (Claim.Refused) claim;
        assertThat(refused.contentHash()).isEqualTo(ContentHash.of(key.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.problem().reason()).isEqualTo(
                "the object key is not accepted: the name must not contain empty, '.' or '..' segments");
    }
}
