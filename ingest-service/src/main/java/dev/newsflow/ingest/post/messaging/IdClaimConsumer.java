package dev.newsflow.ingest.post.messaging;

import dev.newsflow.ingest.concurrent.Threads;
import dev.newsflow.ingest.post.domain.IdClaim;
import dev.newsflow.platform.messaging.KafkaClientSettings;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the id-claim topic from its start into the {@link IdClaimIndex} on a thread of its own, then follows it,
 * and writes the repairs the index asks for. Kafka failures are retried every second. When the topic was emptied or
 * recreated under it (its position is out of range), it writes every claim it held into the topic again and reads it
 * anew.
 */
@ApplicationScoped
public class IdClaimConsumer {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final long RETRY_MS = 1_000;

    private final IdClaimPublisher publisher;
    private final IdClaimIndex index;
    private final KafkaClientSettings clients;
    private final Thread thread = Threads.named("id-claims-reader").newThread(this::run);
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;
    private Map<Integer, Long> ends = Map.of();

    IdClaimConsumer(IdClaimPublisher publisher, IdClaimIndex index, KafkaClientSettings clients) {
        this.publisher = publisher;
        this.index = index;
        this.clients = clients;
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
                String reason = "cannot read the id-claim topic " + publisher.topic() + ": " + rootMessage(e);
                if (!index.isFailing(reason)) {
                    Log.warnf("%s; retried every %d ms", reason, RETRY_MS);
                }
                index.failing(reason);
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
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000)),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = partitions();
        consumer.assign(partitions);
        for (TopicPartition partition : partitions) {
            Long position = index.position(partition.partition());
            if (position == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, position);
            }
        }
        if (!index.loaded().isDone()) {
            ends = consumer.endOffsets(partitions).entrySet().stream()
                    .collect(Collectors.toMap(end -> end.getKey().partition(), Map.Entry::getValue));
        }
    }

    /** The topic's partitions, asked again while a topic just created is not in the broker's metadata yet. */
    private List<TopicPartition> partitions() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && running && System.nanoTime() < deadline) {
            partitions = consumer.partitionsFor(publisher.topic()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        }
        if (partitions.isEmpty()) {
            throw new IllegalStateException("the broker reports no partitions of the topic");
        }
        return partitions;
    }

    private void follow() {
        while (running) {
            consumer.poll(POLL).forEach(index::apply);
            index.readUpTo(consumer.assignment().stream()
                    .collect(Collectors.toMap(TopicPartition::partition, consumer::position)), ends);
            index.takeRepairs().forEach(this::repair);
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
        Map<String, IdClaim> known = index.reset("the id-claim topic " + publisher.topic()
                + " was recreated; the claim is made again later");
        Log.errorf("The id-claim topic %s lost records this replica had read (deleted and recreated, or truncated: "
                + "positions %s are past its end); writing the %d claims it held into it again and reading it anew",
                publisher.topic(), emptied.offsetOutOfRangePartitions(), known.size());
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
        return cause == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + ": "
                + cause.getMessage();
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
