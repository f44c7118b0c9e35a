package dev.newsflow.ingest.bucket.folder;

import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.service.Claim;
import dev.newsflow.ingest.bucket.service.ReadLock;
import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.ingest.post.domain.PostRejectedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The read lock of a folder: a file is taken once it has stayed unmodified for the settle time, or at once when it was
 * seen renamed into place from a temporary name, and read whole; it is committed only if its size, modification time
 * and identity are still those it was taken with. Symbolic links and other non-regular files are refused.
 */
class SettledFileLock implements ReadLock {

    private final FolderBucket bucket;
    private final Duration settleTime;

    SettledFileLock(FolderBucket bucket, Duration settleTime) {
        this.bucket = bucket;
        this.settleTime = settleTime;
    }

    @Override
    public Claim claim(BucketEntry entry) throws IOException {
        Path path = bucket.incomingPath(entry.key());
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return new Claim.Gone();
        }
        if (attributes.isDirectory()) {
            return new Claim.Gone();
        }
        boolean renamedIn = bucket.renamedIn().take(entry.key(), attributes);
        Duration age = Duration.between(attributes.lastModifiedTime().toInstant(), Instant.now());
        if (!renamedIn && age.compareTo(settleTime) < 0) {
            return new Claim.NotYet(settleTime.minus(age).plusMillis(1));
        }
        Claim.Claimed claimed = new Claim.Claimed(entry.key(), attributes.size(), attributes);
        if (attributes.isSymbolicLink()) {
            String target = Files.readSymbolicLink(path).toString();
            return new Claim.Refused(claimed, ContentHash.of(target.getBytes(StandardCharsets.UTF_8)),
                    new PostRejectedException("symbolic links are not accepted: the post must be a regular file, "
                            + "not a link to " + target));
        }
        if (!attributes.isRegularFile()) {
            return new Claim.Refused(claimed, ContentHash.of(new byte[0]),
                    new PostRejectedException("not a regular file: the post must be a regular file"));
        }
        return claimed;
    }

    /** A file read shorter or longer than it was claimed is still being written: it is claimed again later. */
    @Override
    public Claim afterRead(Claim.Claimed claimed, byte[] content) {
        return content.length == claimed.size() ? new Claim.Loaded(claimed, content) : new Claim.NotYet(settleTime);
    }

    @Override
    public boolean isUnchanged(Claim.Claimed claimed) {
        BasicFileAttributes taken = (BasicFileAttributes) claimed.version();
        try {
            BasicFileAttributes now = Files.readAttributes(bucket.incomingPath(claimed.key()),
                    BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return now.size() == taken.size() && now.lastModifiedTime().equals(taken.lastModifiedTime())
                    && Objects.equals(now.fileKey(), taken.fileKey());
        } catch (IOException e) {
            return false;
        }
    }
}
