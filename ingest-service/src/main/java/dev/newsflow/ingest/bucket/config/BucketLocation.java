package dev.newsflow.ingest.bucket.config;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the bucket is, from {@code newsflow.bucket.url}: a folder ({@code file:} URL or plain path) or
 * {@code s3://bucket/prefix}; without a URL, the folder {@code newsflow.bucket.path}.
 *
 * @param folder the folder, or null for S3
 * @param s3Bucket the S3 bucket name, or null for a folder
 * @param s3Prefix the key prefix under which {@code incoming/} and the others live ("" or ending in '/')
 */
public record BucketLocation(Path folder, String s3Bucket, String s3Prefix) {

    /** The location the configuration names. */
    public static BucketLocation of(BucketConfig config) {
        String url = config.url().map(String::strip).orElse("");
        if (url.isEmpty()) {
            return new BucketLocation(config.path(), null, null);
        }
        if (url.startsWith("s3://")) {
            URI uri = URI.create(url);
            String bucket = uri.getHost();
            if (bucket == null || bucket.isBlank()) {
                throw new IllegalArgumentException("newsflow.bucket.url '" + url
                        + "' names no bucket (s3://bucket/prefix)");
            }
            String prefix = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+", "");
            return new BucketLocation(null, bucket, prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/");
        }
        if (url.startsWith("file:")) {
            return new BucketLocation(Path.of(URI.create(url)), null, null);
        }
        if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
            throw new IllegalArgumentException("newsflow.bucket.url '" + url
                    + "' is neither a folder nor s3://bucket/prefix");
        }
        return new BucketLocation(Path.of(url), null, null);
    }

    public boolean isS3() {
        return s3Bucket != null;
    }

    /** For logs: the folder or the s3:// URL. */
    @Override
    public String toString() {
        return isS3() ? "s3://" + s3Bucket + "/" + s3Prefix : folder.toAbsolutePath().toString();
    }
}
