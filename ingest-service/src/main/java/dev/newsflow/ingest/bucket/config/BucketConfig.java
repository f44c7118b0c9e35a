package dev.newsflow.ingest.bucket.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Settings of the watched bucket, a folder or an S3 bucket ({@code newsflow.bucket.*}). */
@ConfigMapping(prefix = "newsflow.bucket")
public interface BucketConfig {

    /**
     * Where the bucket is: a folder ({@code file:} URL or path) or {@code s3://bucket/prefix}; empty: {@link #path()}.
     */
    Optional<String> url();

    /** Root of the bucket folder; {@code incoming/}, {@code processed/} and {@code rejected/} live under it. */
    @WithDefault("bucket")
    Path path();

    /** How often the whole of {@code incoming/} is listed again, for what file-system events missed. */
    @WithDefault("10s")
    Duration rescanInterval();

    /** How long a file must stay unmodified before it is taken as complete. */
    @WithDefault("200ms")
    Duration settleTime();

    /** Threads that read and parse files. */
    @WithDefault("4")
    int workers();

    /** Posts sent to Kafka and not yet acknowledged, at most. */
    @WithDefault("2000")
    int maxInFlight();

    /** Settings of an S3 bucket. */
    S3 s3();

    /**
     * Settings of an S3 bucket ({@code newsflow.bucket.s3.*}); endpoint, region and credentials are {@code
     * quarkus.s3.*}.
     */
    interface S3 {

        /** How often {@code incoming/} is listed. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Failed reads or moves of one object before it is quarantined with the last error. */
        @WithDefault("5")
        int maxAttempts();

        /** Sharing one bucket between several replicas through a Kafka topic of object keys. */
        KeyQueue keyQueue();
    }

    /** The key queue that lets several ingest replicas share one S3 bucket ({@code newsflow.bucket.s3.key-queue.*}). */
    interface KeyQueue {

        /**
         * On (the default): replicas share the bucket through the key topic, each object taken once whatever their
         * number; off: this replica lists and takes every object, which is safe for a single replica only.
         */
        @WithDefault("true")
        boolean enabled();

        /** The topic of object keys; created with {@link #partitions()} partitions when missing. */
        @WithDefault("ingest.bucket-keys")
        String topic();

        /** The consumer group the replicas form. */
        @WithDefault("newsflow-ingest")
        String group();

        /** Partitions of the key topic: at most this many replicas take objects at once. */
        @WithDefault("6")
        int partitions();

        /** Keys a replica takes at once, at most: what a replica that crashes can cost in objects published twice. */
        @WithDefault("200")
        int maxInFlight();

        /** How long a replica may go silent before its partitions, and the keys not committed, move to the others. */
        @WithDefault("45s")
        Duration sessionTimeout();
    }
}
