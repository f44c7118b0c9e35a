package dev.newsflow.ingest.post.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.bucket.Threads;
import dev.newsflow.ingest.post.domain.IdClaim;
import dev.newsflow.ingest.post.domain.IdHolders;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the id-claim topic from its start into {@link IdHolders} on a thread of its own, then follows it. It is
 * loaded once it has read up to the end the topic had when it started; a claim is settled once it has read past the
 * claim's own record. It writes the repairs {@link IdHolders} asks for. When the topic was emptied or recreated
 * under it (its position is out of range), it writes every claim it held into the topic again and reads it anew.
 */
@ApplicationScoped
public class IdClaimConsumer {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final long RETRY_MS = 1_000;

    private final IdClaimPublisher publisher;
    private final KafkaClients clients;
    private final ObjectMapper json;
    private final IdHolders holders = new IdHolders();
    private final ReadPositions positions = new ReadPositions();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(Threads.named("id-claims-notify"));
    private final Thread thread = Threads.named("id-claims-reader").newThread(this::run);
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
    private volatile String problem;
    private volatile long read;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;
    private Map<TopicPartition, Long> ends;

    IdClaimConsumer(IdClaimPublisher publisher, KafkaClients clients, ObjectMapper json) {
        this.publisher = publisher;
        this.clients = clients;
        this.json = json;
    }

    void start(@Observes StartupEvent event) {
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.join(10_000);
        notifier.shutdown();
    }

    /** Completes once the topic was read up to the end it had at start-up; claims wait for it. */
    public CompletableFuture<Void> loaded() {
        return loaded;
    }

    /** The bucket key that holds {@code id}, as far as the topic was read. */
    public Optional<String> holder(String id) {
        return holders.holder(id);
    }

    /** Completes once the record at {@code offset} of {@code partition} was read (and applied). */
    public CompletableFuture<Void> readPast(int partition, long offset) {
        return positions.readPast(partition, offset);
    }

    /** Why the claims cannot be settled now (still loading, or Kafka failing), or empty when they can. */
    public Optional<String> problem() {
        String now = problem;
        if (now == null && !loaded.isDone()) {
            now = "reading the id claims: " + read + " records read";
        }
        return Optional.ofNullable(now);
    }

    /** How many ids are held. */
    public int held() {
        return holders.size();
    }

    private void run() {
        while (running) {
            try {
                if (consumer == null) {
                    open();
                }
                follow();
            } catch (WakeupException stopping) {
                Log.debug("The id-claim reader stops");
            } catch (OffsetOutOfRangeException emptied) {
                reload(emptied);
            } catch (ExecutionException | RuntimeException e) {
                String now = "cannot read the id-claim topic " + publisher.topic() + ": " + rootMessage(e);
                if (!now.equals(problem)) {
                    Log.warnf("%s; retried every %d ms", now, RETRY_MS);
                }
                problem = now;
                closeConsumer();
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
        closeConsumer();
    }

    /** Creates the topic if missing and starts reading it: at the start, or where it was before a failure. */
    private void open() throws ExecutionException, InterruptedException {
        publisher.ensureTopic();
        consumer = new KafkaConsumer<>(clients.consumer(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "ingest-id-claims",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none",
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000)),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(publisher.topic()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        for (TopicPartition partition : partitions) {
            Long position = positions.get(partition.partition());
            if (position == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, position);
            }
        }
        if (!loaded.isDone()) {
            ends = consumer.endOffsets(partitions);
        }
    }

    private void follow() {
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                apply(record);
            }
            for (TopicPartition partition : consumer.assignment()) {
                positions.moveTo(partition.partition(), consumer.position(partition));
            }
            problem = null;
            if (!loaded.isDone() && ends.entrySet().stream()
                    .allMatch(end -> positions.get(end.getKey().partition()) >= end.getValue())) {
                Log.infof("Read the id claims of %s: %d records, %d ids held", publisher.topic(), read, holders.size());
                loaded.complete(null);
            }
            if (loaded.isDone()) {
                holders.takeRepairs().forEach(this::repair);
            }
            positions.wake(notifier);
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        read++;
        if (record.key() == null) {
            Log.warnf("Skipped an id claim without a key at offset %d of %s", record.offset(), publisher.topic());
            return;
        }
        try {
            holders.apply(record.key(), record.value() == null ? null : json.readValue(record.value(), IdClaim.class));
        } catch (JsonProcessingException e) {
            Log.warnf("Skipped an id claim that cannot be read at offset %d of %s: %s", record.offset(),
                    publisher.topic(), e.getOriginalMessage());
        }
    }

    /** Writes {@code holder}'s claim of {@code id} again, so that compaction keeps it rather than a later loser's. */
    private void repair(String id, IdClaim holder) {
        publisher.publish(id, holder).whenComplete((written, failure) -> {
            if (failure != null) {
                Log.warnf("Could not repeat the claim of %s by %s (repaired at the next start): %s", id,
                        holder.bucketKey(), failure.getMessage());
            }
        });
    }

    /**
     * The topic lost the records this reader had read (deleted and recreated, or truncated): writes every claim it
     * held into it again, forgets them, and reads the topic anew; claims waiting meanwhile are made again later.
     */
    private void reload(OffsetOutOfRangeException emptied) {
        Map<String, IdClaim> known = holders.all();
        Log.errorf("The id-claim topic %s lost records this replica had read (%s); writing the %d claims it held "
                + "into it again and reading it anew", publisher.topic(), emptied.getMessage(), known.size());
        loaded = new CompletableFuture<>();
        holders.clear();
        read = 0;
        positions.reset(new IllegalStateException("the id-claim topic " + publisher.topic()
                + " was recreated; the claim is made again later"));
        CompletableFuture<?>[] rewritten = known.entrySet().stream()
                .map(claim -> publisher.publish(claim.getKey(), claim.getValue())).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(rewritten).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Log.warnf("Not every claim could be written again: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConsumer();
    }

    private void closeConsumer() {
        if (consumer != null) {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
            consumer = null;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + ": " + cause.getMessage();
    }

    private void pause() {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RETRY_MS);
        try {
            while (running && System.nanoTime() < until) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
