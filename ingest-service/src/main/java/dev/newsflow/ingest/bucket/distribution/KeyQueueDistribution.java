package dev.newsflow.ingest.bucket.distribution;

import dev.newsflow.ingest.bucket.config.BucketConfig;
import dev.newsflow.ingest.bucket.config.BucketLocation;
import dev.newsflow.ingest.bucket.domain.Bucket;
import dev.newsflow.ingest.bucket.service.BucketIntake;
import dev.newsflow.platform.messaging.KafkaClientSettings;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Shares an S3 bucket among replicas through a Kafka topic of keys: runs this service's {@link KeyQueueReplica}, which
 * hands the intake the keys of its partitions, when the bucket is S3 and {@code newsflow.bucket.s3.key-queue.enabled}
 * is on (the default), so that however many replicas share one S3 bucket, each object is taken once.
 */
@ApplicationScoped
public class KeyQueueDistribution {

    private final BucketConfig config;
    private final BucketLocation location;
    private final Bucket bucket;
    private final BucketIntake intake;
    private final KafkaClientSettings kafka;
    private volatile KeyQueueReplica replica;

    KeyQueueDistribution(BucketConfig config, BucketLocation location, Bucket bucket, BucketIntake intake,
            KafkaClientSettings kafka) {
        this.config = config;
        this.location = location;
        this.bucket = bucket;
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
        return new KeyQueueReplica(name, kafka, queue, config.s3().pollInterval(), bucket::listIncoming,
                intake::take);
    }
}
