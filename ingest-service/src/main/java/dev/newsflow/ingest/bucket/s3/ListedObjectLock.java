package dev.newsflow.ingest.bucket.s3;

import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.service.Claim;
import dev.newsflow.ingest.bucket.service.ReadLock;
import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.ingest.post.domain.PostKeys;
import dev.newsflow.ingest.post.domain.PostRejectedException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The read lock of an S3 bucket: an object is whole once it is listed, so it is taken at its listed size; an object
 * whose key is no safe post name is refused unread.
 */
class ListedObjectLock implements ReadLock {

    @Override
    public Claim claim(BucketEntry entry) {
        Claim.Claimed claimed = new Claim.Claimed(entry.key(), entry.size(), null);
        Optional<String> badKey = PostKeys.problemWith(entry.key());
        if (badKey.isPresent()) {
            return new Claim.Refused(claimed, ContentHash.of(entry.key().getBytes(StandardCharsets.UTF_8)),
                    new PostRejectedException("the object key is not accepted: " + badKey.get()));
        }
        return claimed;
    }
}
