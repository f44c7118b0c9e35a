package dev.newsflow.ingest.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3 API on loopback for the tests: s3proxy over an in-memory blob store, with AWS v4 signatures checked,
 * and the bucket {@value #BUCKET}; the service is pointed at {@code s3://newsflow/team-a/}. Reading an object whose
 * name contains {@value #UNREADABLE} always fails with a server error, as a damaged object would.
 */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "newsflow";
    public static final String PREFIX = "team-a/";
    static final String ACCESS_KEY = "newsflow-test";
    static final String SECRET_KEY = "newsflow-test-secret";
    public static final String UNREADABLE = "unreadable";

    private static volatile BlobStore store;
    private static volatile URI endpoint;
    private S3Proxy proxy;

    /** The keys under {@value #PREFIX}{@code prefix}, listed through the S3 API with {@code client}. */
    public static List<String> keys(S3Client client, String prefix) {
        return client.listObjectsV2Paginator(r -> r.bucket(BUCKET).prefix(PREFIX + prefix)).contents().stream()
                .map(S3Object::key).toList();
    }

    /**
     * The baseline of the S3 benchmarks: objects/s of {@code client} listing and reading every object under {@code
     * prefix}.
     */
    public static double listAndReadRate(S3Client client, String prefix) {
        long start = System.nanoTime();
        int read = 0;
        for (String key : keys(client, prefix)) {
            client.getObjectAsBytes(r -> r.bucket(BUCKET).key(key));
            read++;
        }
        return read / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * The baseline a move-after-read intake is held to: objects/s of {@code client} listing every object under {@code
     * prefix} and, on {@code threads} threads, reading each, copying it under {@code target} and deleting it.
     */
    public static double listReadAndMoveRate(S3Client client, String prefix, String target, int threads)
            throws InterruptedException {
        long start = System.nanoTime();
        List<String> keys = keys(client, prefix);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Object>> moves = new ArrayList<>();
            for (String key : keys) {
                String moved = PREFIX + target + key.substring(PREFIX.length() + prefix.length());
                moves.add(() -> {
                    client.getObjectAsBytes(r -> r.bucket(BUCKET).key(key));
                    client.copyObject(r -> r.sourceBucket(BUCKET).sourceKey(key).destinationBucket(BUCKET)
                            .destinationKey(moved));
                    return client.deleteObject(r -> r.bucket(BUCKET).key(key));
                });
            }
            for (Future<Object> move : pool.invokeAll(moves)) {
                move.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("the baseline could not move an object", e.getCause());
        } finally {
            pool.shutdown();
        }
        return keys.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** A plain S3 client of the running proxy, outside any Quarkus application; the caller closes it. */
    public static S3Client client() {
        return S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                SECRET_KEY)))
                .build();
    }

    /**
     * Puts an object under {@value #PREFIX} straight into the blob store, without the HTTP round trip of the S3 API.
     */
    public static void putDirectly(String key, byte[] content) {
        store.putBlob(PutObjectRequest.builder().bucket(BUCKET).key(PREFIX + key).contentLength((long) content.length)
                .build(), new ByteArrayInputStream(content));
    }

    @Override
    public Map<String, String> start() {
        store = BlobStores.create("transient-nio2", new Properties());
        store.createContainer(BUCKET);
        proxy = S3Proxy.builder().blobStore(new FailingReads(store)).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).jettyMaxThreads(64).build();
        try {
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(5);
            }
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        return Map.of(
                "newsflow.bucket.url", "s3://" + BUCKET + "/" + PREFIX,
                "newsflow.bucket.s3.poll-interval", "200ms",
                "quarkus.s3.endpoint-override", "http://127.0.0.1:" + proxy.getPort(),
                "quarkus.s3.path-style-access", "true",
                "quarkus.s3.aws.region", "us-east-1",
                "quarkus.s3.aws.credentials.type", "static",
                "quarkus.s3.aws.credentials.static-provider.access-key-id", ACCESS_KEY,
                "quarkus.s3.aws.credentials.static-provider.secret-access-key", SECRET_KEY);
    }

    /**
     * Fails every read of an object whose key contains {@value #UNREADABLE} while it exists; once it is gone, the read
     * answers 404 as any other.
     */
    private static final class FailingReads extends ForwardingBlobStore {

        FailingReads(BlobStore delegate) {
            super(delegate);
        }

        @Override
        public ResponseInputStream<GetObjectResponse> getBlob(GetObjectRequest request) {
            ResponseInputStream<GetObjectResponse> blob = super.getBlob(request);
            if (request.key().contains(UNREADABLE)) {
                try {
                    blob.close();
                } catch (java.io.IOException ignored) {
                    // the read fails anyway
                }
                throw new IllegalStateException("the object " + request.key() + " cannot be read");
            }
            return blob;
        }
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
