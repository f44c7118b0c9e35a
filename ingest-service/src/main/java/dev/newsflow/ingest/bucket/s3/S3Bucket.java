package dev.newsflow.ingest.bucket.s3;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.newsflow.contracts.article.ArticleRejected;
import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.domain.BucketException;
import dev.newsflow.ingest.bucket.domain.Requeue;
import dev.newsflow.ingest.post.domain.PostKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The bucket as S3 objects under {@code s3://bucket/prefix}: the folder's layout, with keys instead of paths. */
@ApplicationScoped
@Typed(S3Bucket.class)
public class S3Bucket implements Bucket {

    /** A health probe answers within this, retries included, even when the endpoint drops packets. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final int NOT_FOUND = 404;

    private final S3Client s3;
    private final String bucket;
    private final String incoming;
    private final String processed;
    private final String rejected;
    private final ObjectWriter reportWriter;

    S3Bucket(S3Client s3, BucketLocation location, ObjectMapper json) {
        this.s3 = s3;
        this.bucket = location.s3Bucket();
        this.incoming = location.s3Prefix() + "incoming/";
        this.processed = location.s3Prefix() + "processed/";
        this.rejected = location.s3Prefix() + "rejected/";
        this.reportWriter = json.writerWithDefaultPrettyPrinter();
    }

    @Override
    public void probe() {
        try {
            s3.headBucket(r -> r.bucket(bucket).overrideConfiguration(c -> c.apiCallTimeout(PROBE_TIMEOUT)));
        } catch (SdkException e) {
            throw new BucketException("Cannot reach s3://" + bucket + ": " + e.getMessage(), e);
        }
    }

    /** Every object of {@code incoming/} whose name is not ignored, listed page by page. */
    @Override
    public List<BucketEntry> listIncoming() {
        List<BucketEntry> entries = new ArrayList<>();
        try {
            for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(incoming)).contents()) {
                String key = object.key().substring(incoming.length());
                if (!key.isEmpty() && !key.endsWith("/") && !PostKeys.isIgnoredKey(key)) {
                    entries.add(new BucketEntry(key, object.size()));
                }
            }
        } catch (SdkException e) {
            throw new BucketException("Cannot list s3://" + bucket + "/" + incoming, e);
        }
        return entries;
    }

    /** Opens the object of {@code key} in {@code incoming/}; the caller closes it. */
    @Override
    public ResponseInputStream<GetObjectResponse> open(String key) {
        try {
            return s3.getObject(r -> r.bucket(bucket).key(incoming + key));
        } catch (SdkException e) {
            throw new BucketException("Cannot read s3://" + bucket + "/" + incoming + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads at most {@code limit} bytes of the object of {@code key} in {@code incoming/}; empty when it is gone
     * (taken and moved since it was listed).
     */
    @Override
    public Optional<byte[]> read(String key, int limit) {
        try (InputStream in = s3.getObject(r -> r.bucket(bucket).key(incoming + key))) {
            return Optional.of(in.readNBytes(limit));
        } catch (NoSuchKeyException gone) {
            return Optional.empty();
        } catch (IOException | SdkException e) {
            throw new BucketException("Cannot read s3://" + bucket + "/" + incoming + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void markProcessed(String key) {
        move(incoming + key, processed + key);
    }

    @Override
    public void quarantine(String key, ArticleRejected report) {
        put(rejected + key + ERROR_SUFFIX, report(report));
        move(incoming + key, rejected + key);
    }

    @Override
    public void storeProcessed(String key, byte[] content) {
        put(processed + key, content);
    }

    @Override
    public void storeRejected(String key, byte[] content, ArticleRejected report) {
        put(rejected + key + ERROR_SUFFIX, report(report));
        put(rejected + key, content);
    }

    @Override
    public Requeue requeue(String key) {
        if (!exists(rejected + key)) {
            return Requeue.NOT_REJECTED;
        }
        if (exists(incoming + key)) {
            return Requeue.INCOMING_TAKEN;
        }
        try {
            s3.deleteObject(r -> r.bucket(bucket).key(rejected + key + ERROR_SUFFIX));
        } catch (SdkException e) {
            throw new BucketException("Cannot delete s3://" + bucket + "/" + rejected + key + ERROR_SUFFIX + ": "
                    + e.getMessage(), e);
        }
        move(rejected + key, incoming + key);
        return Requeue.MOVED;
    }

    private boolean exists(String key) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return false;
            }
            throw new BucketException("Cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new BucketException("Cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }

    private byte[] report(ArticleRejected report) {
        try {
            return reportWriter.writeValueAsBytes(report);
        } catch (IOException e) {
            throw new BucketException("Cannot write the error report of " + report.bucketKey(), e);
        }
    }

    private void move(String from, String to) {
        try {
            s3.copyObject(r -> r.sourceBucket(bucket).sourceKey(from).destinationBucket(bucket).destinationKey(to));
            s3.deleteObject(r -> r.bucket(bucket).key(from));
        } catch (SdkException e) {
            throw new BucketException("Cannot move s3://" + bucket + "/" + from + " to " + to + ": " + e.getMessage(),
                    e);
        }
    }

    private void put(String key, byte[] content) {
        try {
            s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw new BucketException("Cannot write s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }
}
