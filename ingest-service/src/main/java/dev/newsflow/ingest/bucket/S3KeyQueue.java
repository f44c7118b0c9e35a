package dev.newsflow.ingest.bucket;

import dev.newsflow.platform.messaging.KafkaClientSettings;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Runs this service's {@link KeyQueueReplica} when the bucket is S3 and {@code newsflow.bucket.s3.key-queue.enabled}
 * is on (the default), so that however many replicas share one S3 bucket, each object is taken once.
 */
@ApplicationScoped
public class S3KeyQueue {

    private final BucketConfig config;
    private final BucketLocation location;
    private final Instance<S3Bucket> buckets;
    private final S3Intake intake;
    private final KafkaClientSettings kafka;
    private volatile KeyQueueReplica replica;

    S3KeyQueue(BucketConfig config, BucketLocation location, Instance<S3Bucket> buckets, S3Intake intake,
            KafkaClientSettings kafka) {
        this.config = config;
        this.location = location;
        this.buckets = buckets;
        this.intake = intake;
        this.kafka = kafka;
    }

    void start(@Observes StartupEvent event) {
        if (isEnabled()) {
            replica = replica("ingest-keys").start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (replica != null) {
            replica.close();
        }
    }

    /** Whether this service shares its S3 bucket through the key queue. */
    public boolean isEnabled() {
        return location.isS3() && config.s3().keyQueue().enabled();
    }

    /** Whether this service's replica lists the bucket and announces its keys now. */
    public boolean isLister() {
        return replica != null && replica.isLister();
    }

    /** True unless the key queue is on and this service's replica stopped taking keys. */
    public boolean isTaking() {
        return !isEnabled() || replica != null && replica.isTaking();
    }

    /** A replica (not started) on this service's bucket and key topic, named {@code name}. */
    public KeyQueueReplica replica(String name) {
        BucketConfig.KeyQueue queue = config.s3().keyQueue();
        return new KeyQueueReplica(name, kafka, queue, config.s3().pollInterval(), () -> buckets.get().listIncoming(), intake::take);
    }
}
