package dev.newsflow.ingest.bucket.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.ArticleRejected;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.domain.Requeue;
import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.ingest.post.domain.PostSizeLimit;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a claimed post within the size cap, the same for every bucket. */
class PostReaderTest {

    private static final int CAP = 10;

    private final MemoryBucket bucket = new MemoryBucket();
    private final PostReader reader = new PostReader(bucket,
            entry -> new Claim.Claimed(entry.key(), entry.size(), null),
            new PostSizeLimit(CAP));

    @Test
    void aPostWithinTheCapIsLoaded() throws Exception {
        bucket.objects.put("a.md", "0123456789".getBytes());

        Claim claim = reader.read(new BucketEntry("a.md", 10));

        assertThat(((Claim.Loaded) claim).content()).asString().isEqualTo("0123456789");
        assertThat(bucket.reads).containsExactly("a.md");
    }

    @Test
    void aPostOverTheCapAsFoundIsRefusedUnreadWithTheHashOfItsWholeContent() throws Exception {
        byte[] large = "0123456789-and-more".getBytes();
        bucket.objects.put("large.md", large);

        Claim.Refused refused = (Claim.Refused) reader.read(new BucketEntry("large.md", large.length));

        assertThat(refused.contentHash()).isEqualTo(ContentHash.of(large));
        assertThat(refused.problem().reason()).isEqualTo("the file is 19 bytes, over the 10-byte limit");
        assertThat(bucket.reads).isEmpty();
    }

    @Test
    void aPostThatGrewOverTheCapSinceItWasFoundIsRefusedWithTheHashOfItsWholeContent() throws Exception {
        byte[] grown = "0123456789-and-more".getBytes();
        bucket.objects.put("grown.md", grown);

        Claim.Refused refused = (Claim.Refused) reader.read(new BucketEntry("grown.md", 5));

        assertThat(refused.contentHash()).isEqualTo(ContentHash.of(grown));
        assertThat(refused.problem().reason()).isEqualTo("the file is 11 bytes, over the 10-byte limit");
    }

    @Test
    void aPostGoneSinceItWasFoundIsGone() throws Exception {
        assertThat(reader.read(new BucketEntry("gone.md", 3))).isInstanceOf(Claim.Gone.class);
    }

    /** A bucket in memory: reads at most the limit, as the folder and S3 do. */
    private static final class MemoryBucket implements Bucket {

        final Map<String, byte[]> objects = new HashMap<>();
        final List<String> reads = new ArrayList<>();

        @Override
        public Optional<byte[]> read(String key, int limit) {
            reads.add(key);
            return Optional.ofNullable(objects.get(key))
                    .map(content -> Arrays.copyOf(content, Math.min(limit, content.length)));
        }

        @Override
        public InputStream open(String key) {
            return new ByteArrayInputStream(objects.get(key));
        }

        @Override
        public List<BucketEntry> listIncoming() {
            return List.of();
        }

        @Override
        public void probe() {
        }

        @Override
        public void markProcessed(String key) {
        }

        @Override
        public void quarantine(String key, ArticleRejected report) {
        }

        @Override
        public void storeProcessed(String key, byte[] content) {
        }

        @Override
        public void storeRejected(String key, byte[] content, ArticleRejected report) {
        }

        @Override
        public Requeue requeue(String key) {
            return Requeue.NOT_REJECTED;
        }
    }
}
