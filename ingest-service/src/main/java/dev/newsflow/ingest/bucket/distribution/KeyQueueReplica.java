package dev.newsflow.ingest.bucket.distribution;

import dev.newsflow.ingest.bucket.config.BucketConfig;
import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.platform.messaging.KafkaClientSettings;
import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One ingest replica's share of a bucket that several replicas watch: the replicas form one consumer group on a
 * topic of object keys. The replica that owns partition 0 is the lister: it lists {@code incoming/} and announces each
 * key once (value: the object's size). Every replica takes the objects of its partitions, at most
 * {@code maxInFlight} at once, and commits each partition up to its first object still being taken; an object that
 * could not be taken is announced again (acknowledged before the commit passes it) or, if that fails or the replica
 * is stopping, left uncommitted for the next owner. A key always lands on the same partition, so an object announced
 * twice (after a change of lister) is taken by one replica, and the second take waits for the first or finds the
 * object gone. A replica that dies costs a re-take of its uncommitted keys, at most {@code maxInFlight} objects.
 */
public final class KeyQueueReplica implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration SETTLE_POLL = Duration.ofMillis(20);
    private static final Duration HAND_OVER = Duration.ofSeconds(30);

    private final String name;
    private final String topic;
    private final Function<BucketEntry, CompletableFuture<Boolean>> taker;
    private final KafkaConsumer<String, String> consumer;
    private final KeyAnnouncer announcer;
    private final BucketLister lister;
    private final TopicPartition listerPartition;
    private final Thread thread;
    private final int pauseAbove;
    private final Map<TopicPartition, Deque<Taking>> taking = new HashMap<>();
    private final Map<String, CompletableFuture<Boolean>> takes = new HashMap<>();
    private int inFlight;
    private volatile boolean running = true;
    private volatile boolean committing = true;
    private volatile boolean owner;

    /** A replica in the key topic and consumer group of {@code queue}; {@link #start()} starts it. */
    public KeyQueueReplica(String name, KafkaClientSettings kafka, BucketConfig.KeyQueue queue, Duration listInterval,
            Supplier<List<BucketEntry>> lister,
            Function<BucketEntry, CompletableFuture<Boolean>> taker) {
        this.name = name;
        this.topic = queue.topic();
        this.listerPartition = new TopicPartition(topic, 0);
        int maxInFlight = Math.max(1, queue.maxInFlight());
        int pollRecords = Math.max(1, maxInFlight / 4);
        this.pauseAbove = maxInFlight - pollRecords;
        this.taker = taker;
        this.announcer = new KeyAnnouncer(name, kafka, topic, queue.partitions());
        this.consumer = new KafkaConsumer<>(kafka.consumer(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, queue.group(),
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) queue.sessionTimeout().toMillis(),
                ConsumerConfig.CLIENT_ID_CONFIG, name,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, pollRecords,
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName())),
                new StringDeserializer(), new StringDeserializer());
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.lister = new BucketLister(name, listInterval, lister, announcer, this::isLister);
    }

    /** Starts taking the keys of this replica's partitions and, while it owns partition 0, listing the bucket. */
    public KeyQueueReplica start() {
        thread.start();
        lister.start();
        return this;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic), new Rebalance());
            while (running) {
                throttle();
                ConsumerRecords<String, String> records = consumer.poll(inFlight > 0 ? SETTLE_POLL : POLL);
                owner = consumer.assignment().contains(listerPartition);
                records.forEach(this::take);
                commitAsync(settleFinished(taking.keySet()));
            }
        } catch (WakeupException stopping) {
            Log.debugf("%s stopping", name);
        } catch (RuntimeException e) {
            Log.errorf(e, "%s stopped: %s", name, e.getMessage());
        } finally {
            if (committing) {
                settleWhenFinished(List.copyOf(taking.keySet()));
            }
            owner = false;
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Starts taking the object of one key. A key announced again while its object is still being taken (after a
     * change of lister) waits for that take instead of starting a second one.
     */
    private void take(ConsumerRecord<String, String> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        BucketEntry entry = new BucketEntry(record.key(), size(record));
        CompletableFuture<Boolean> current = takes.get(entry.key());
        Taking next;
        if (entry.key() == null || entry.size() < 0) {
            Log.warnf("%s skips a key record it cannot read at %s offset %d", name, partition, record.offset());
            next = new Taking(record.offset(), entry, CompletableFuture.completedFuture(true));
        } else if (current != null && !current.isDone()) {
            next = new Taking(record.offset(), entry, current.handle((handled, failure) -> true));
        } else {
            next = new Taking(record.offset(), entry, taker.apply(entry));
            takes.put(entry.key(), next.done());
        }
        taking.computeIfAbsent(partition, p -> new ArrayDeque<>()).add(next);
        inFlight++;
    }

    /**
     * Settles, partition by partition, the takes that finished in offset order, and returns the offsets to commit, up
     * to the first take still running, so that a crash costs only what was in flight. A take that failed is replaced
     * by one announcement of its key, sent without waiting; its offset is committed once Kafka acknowledges it.
     */
    private Map<TopicPartition, OffsetAndMetadata> settleFinished(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Deque<Taking> queue = taking.get(partition);
            long last = -1;
            while (queue != null && !queue.isEmpty() && queue.peek().done().isDone()) {
                Taking finished = queue.poll();
                if (!handled(finished)) {
                    if (running) {
                        takes.remove(finished.entry().key(), finished.done());
                        queue.addFirst(new Taking(finished.offset(), finished.entry(),
                                announcer.announce(finished.entry())));
                    } else {
                        queue.addFirst(finished);
                    }
                    break;
                }
                inFlight--;
                takes.remove(finished.entry().key(), finished.done());
                last = finished.offset();
            }
            if (last >= 0) {
                done.put(partition, new OffsetAndMetadata(last + 1));
            }
        }
        return done;
    }

    private void commitAsync(Map<TopicPartition, OffsetAndMetadata> done) {
        if (!done.isEmpty() && committing) {
            consumer.commitAsync(done, (offsets, failure) -> {
                if (failure != null) {
                    Log.warnf("%s could not commit %s: %s", name, offsets, failure.getMessage());
                }
            });
        }
    }

    /** Waits (bounded) for the takes of {@code partitions} to finish, settles them and commits before letting go. */
    private void settleWhenFinished(Collection<TopicPartition> partitions) {
        CompletableFuture<?>[] unfinished = partitions.stream().map(taking::get).filter(Objects::nonNull)
                .flatMap(Deque::stream).map(Taking::done).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(unfinished).get(HAND_OVER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Log.warnf("%s hands over partitions %s with takes unfinished; they are taken again", name, partitions);
        } catch (ExecutionException failedTake) {
            Log.debugf("%s: a take of %s failed; it is settled with the others", name, partitions);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<TopicPartition, OffsetAndMetadata> done = settleFinished(partitions);
        try {
            if (!done.isEmpty()) {
                consumer.commitSync(done);
            }
        } catch (RuntimeException e) {
            Log.warnf("%s could not commit before handing over %s: %s", name, partitions, e.getMessage());
        }
        forget(partitions);
    }

    private void forget(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            Deque<Taking> queue = taking.remove(partition);
            if (queue != null) {
                inFlight -= queue.size();
                queue.forEach(unsettled -> takes.remove(unsettled.entry().key(), unsettled.done()));
            }
        }
    }

    /**
     * Stops fetching keys while one more poll could take more than {@code maxInFlight} objects at once, and resumes
     * once half as many as that pause limit are in flight; partitions assigned meanwhile start paused too (see
     * {@link Rebalance}).
     */
    private void throttle() {
        if (mustPause()) {
            consumer.pause(consumer.assignment());
        } else if (inFlight <= pauseAbove / 2 && !consumer.paused().isEmpty()) {
            consumer.resume(consumer.paused());
        }
    }

    private boolean mustPause() {
        return inFlight > pauseAbove;
    }

    private static long size(ConsumerRecord<String, String> record) {
        try {
            return record.value() == null ? -1 : Long.parseLong(record.value());
        } catch (NumberFormatException notASize) {
            return -1;
        }
    }

    private boolean handled(Taking finished) {
        try {
            return finished.done().join();
        } catch (CompletionException | CancellationException e) {
            Log.warnf("%s failed: %s", finished.entry().key(), e.getCause() == null ? e : e.getCause().getMessage());
            return false;
        }
    }

    /** One key being taken, at its offset in its partition. */
    private record Taking(long offset, BucketEntry entry, CompletableFuture<Boolean> done) {
    }

    /** Settles and commits the takes of partitions moving to another replica; forgets those already lost. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (committing) {
                settleWhenFinished(partitions);
            } else {
                forget(partitions);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Log.debugf("%s takes the keys of %s", name, partitions);
            if (mustPause()) {
                consumer.pause(partitions);
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            forget(partitions);
        }
    }

    /** Whether this replica owns partition 0 now, so lists the bucket and announces its keys. */
    public boolean isLister() {
        return owner && running;
    }

    /** Whether this replica's consumer thread is still taking keys. */
    public boolean isTaking() {
        return running && thread.isAlive();
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
        lister.stop();
        consumer.wakeup();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        announcer.close();
    }
}
