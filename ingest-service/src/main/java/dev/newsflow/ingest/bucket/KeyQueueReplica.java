package dev.newsflow.ingest.bucket;

import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One ingest replica's share of a bucket that several replicas watch: the replicas form one consumer group on a
 * topic of object keys. The replica that owns partition 0 is the lister: it lists {@code incoming/} and announces each
 * key once (value: the object's size). Every replica takes the objects of its partitions and commits their offsets
 * once they are done with. A key always lands on the same partition, so an object announced twice (after a change of
 * lister) is taken twice by one replica, one after the other, and the second finds it gone. A replica that dies
 * costs a re-take of its uncommitted keys; an object that could not be taken is announced again.
 */
public final class KeyQueueReplica implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String name;
    private final String topic;
    private final Duration listInterval;
    private final Supplier<List<S3Bucket.Entry>> lister;
    private final Function<S3Bucket.Entry, CompletableFuture<Boolean>> taker;
    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final Thread thread;
    private final ScheduledExecutorService listing;
    private final Set<String> announced = new HashSet<>();
    private volatile boolean running = true;
    private volatile boolean committing = true;
    private volatile boolean owner;
    private boolean wasOwner;

    /** A replica on {@code topic} in consumer group {@code group}; {@link #start()} starts it. */
    public KeyQueueReplica(String name, String bootstrap, String topic, String group, int partitions,
            Duration listInterval, Supplier<List<S3Bucket.Entry>> lister,
            Function<S3Bucket.Entry, CompletableFuture<Boolean>> taker) {
        this.name = name;
        this.topic = topic;
        this.listInterval = listInterval;
        this.lister = lister;
        this.taker = taker;
        ensureTopic(bootstrap, topic, partitions);
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.CLIENT_ID_CONFIG, name,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200),
                new StringDeserializer(), new StringDeserializer());
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.CLIENT_ID_CONFIG, name + "-announcer",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new StringSerializer());
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.listing = Executors.newSingleThreadScheduledExecutor(Threads.named(name + "-lister"));
    }

    public KeyQueueReplica start() {
        thread.start();
        listing.scheduleWithFixedDelay(this::listIfLister, 0, listInterval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic));
            while (running) {
                List<ConsumerRecord<String, String>> records = new ArrayList<>();
                consumer.poll(POLL).forEach(records::add);
                owner = consumer.assignment().contains(new TopicPartition(topic, 0));
                takeAll(records);
                if (!records.isEmpty() && committing) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException stopping) {
            Log.debugf("%s stopping", name);
        } catch (RuntimeException e) {
            Log.errorf(e, "%s stopped: %s", name, e.getMessage());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Takes the objects of one poll, each key once, and announces again those that could not be taken. */
    private void takeAll(List<ConsumerRecord<String, String>> records) {
        Map<String, S3Bucket.Entry> entries = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            entries.put(record.key(), new S3Bucket.Entry(record.key(), Long.parseLong(record.value()), null));
        }
        Map<S3Bucket.Entry, CompletableFuture<Boolean>> taken = new LinkedHashMap<>();
        entries.values().forEach(entry -> taken.put(entry, taker.apply(entry)));
        taken.forEach((entry, done) -> {
            boolean handled;
            try {
                handled = done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handled = false;
            } catch (ExecutionException e) {
                Log.warnf("%s failed: %s", entry.key(), e.getCause().getMessage());
                handled = false;
            }
            if (!handled && running) {
                announce(entry);
            }
        });
    }

    /**
     * As the owner of partition 0, lists {@code incoming/} and announces the keys not announced yet; runs on its own
     * thread every {@code listInterval}, so listing never holds up taking.
     */
    private void listIfLister() {
        boolean owns = owner && running;
        if (owns && !wasOwner) {
            Log.infof("%s lists the bucket now", name);
            announced.clear();
        }
        wasOwner = owns;
        if (!owns) {
            return;
        }
        try {
            List<S3Bucket.Entry> listed = lister.get();
            Set<String> keys = new HashSet<>();
            for (S3Bucket.Entry entry : listed) {
                keys.add(entry.key());
                if (announced.add(entry.key())) {
                    announce(entry);
                }
            }
            announced.retainAll(keys);
            producer.flush();
        } catch (BucketException e) {
            Log.warnf("Listing the bucket failed, retried in %s: %s", listInterval, e.getMessage());
        } catch (RuntimeException e) {
            Log.errorf(e, "Listing the bucket failed, retried in %s: %s", listInterval, e.getMessage());
        }
    }

    private void announce(S3Bucket.Entry entry) {
        producer.send(new ProducerRecord<>(topic, entry.key(), Long.toString(entry.size())));
    }

    /** Stops as a crash would: what this replica took and did not commit yet is taken again by the others. */
    public void kill() {
        committing = false;
        close();
    }

    /** Stops taking keys: the keys taken and not committed yet are taken again by the replicas that stay. */
    @Override
    public void close() {
        running = false;
        listing.shutdown();
        try {
            listing.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.wakeup();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    private static void ensureTopic(String bootstrap, String topic, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create the key topic " + topic + ": " + e.getCause().getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
