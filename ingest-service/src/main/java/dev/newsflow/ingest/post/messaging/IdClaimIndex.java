package dev.newsflow.ingest.post.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.newsflow.ingest.concurrent.Threads;
import dev.newsflow.ingest.post.domain.IdClaim;
import dev.newsflow.ingest.post.domain.IdHolders;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What this replica has read of the id-claim topic: who holds each id, how far each partition was read, and whether
 * it has read up to the end the topic had at start-up (loaded). {@link IdClaimConsumer} feeds it; claims ask it.
 */
@ApplicationScoped
public class IdClaimIndex {

    private final ObjectReader claims;
    private final IdHolders holders = new IdHolders();
    private final ReadPositions positions = new ReadPositions();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(Threads.named("id-claims-notify"));
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
    private volatile String problem;
    private volatile long read;

    IdClaimIndex(ObjectMapper json) {
        this.claims = json.readerFor(IdClaim.class);
    }

    /** Completes once the topic was read up to the end it had when reading started; claims wait for it. */
    public CompletableFuture<Void> loaded() {
        return loaded;
    }

    /** The bucket key that holds {@code id}, as far as the topic was read. */
    public Optional<String> holder(String id) {
        return holders.holder(id);
    }

    /** The claim that holds {@code id}, with the article's revision state, as far as the topic was read. */
    public Optional<IdClaim> claim(String id) {
        return holders.claim(id);
    }

    /** Completes once the record at {@code offset} of {@code partition} was read (and applied). */
    public CompletableFuture<Void> readPast(int partition, long offset) {
        return positions.readPast(partition, offset);
    }

    /** Why claims cannot be settled now (still reading, or Kafka failing), or empty when they can. */
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

    /** Applies the next record of the topic; a record without a key or with a value that is not a claim is skipped. */
    void apply(ConsumerRecord<String, String> record) {
        read++;
        if (record.key() == null) {
            Log.warnf("Skipped an id claim without a key at offset %d of %s", record.offset(), record.topic());
            return;
        }
        try {
            IdClaim claim = record.value() == null ? null : claims.readValue(record.value());
            if (record.value() != null && (claim == null || claim.bucketKey() == null)) {
                Log.warnf("Skipped an id claim without a bucket key at offset %d of %s", record.offset(),
                        record.topic());
                return;
            }
            holders.apply(record.key(), claim);
        } catch (JsonProcessingException e) {
            Log.warnf("Skipped an id claim that cannot be read at offset %d of %s: %s", record.offset(),
                    record.topic(), e.getOriginalMessage());
        }
    }

    /** The next offset to read in {@code partition}, if it was read at all. */
    Long position(int partition) {
        return positions.get(partition);
    }

    /**
     * Records how far the reader got ({@code next}: the next offset of each partition), marks the index loaded once
     * it reached {@code ends}, and settles the claims whose records were read (on a thread of their own).
     */
    void readUpTo(Map<Integer, Long> next, Map<Integer, Long> ends) {
        next.forEach(positions::moveTo);
        problem = null;
        if (!loaded.isDone() && ends.entrySet().stream()
                .allMatch(end -> next.getOrDefault(end.getKey(), 0L) >= end.getValue())) {
            Log.infof("Read the id claims: %d records, %d ids held", read, holders.size());
            loaded.complete(null);
        }
        positions.wake(notifier);
    }

    /** The ids to repair (see {@link IdHolders}), once loaded; forgets them. */
    Map<String, IdClaim> takeRepairs() {
        return loaded.isDone() ? holders.takeRepairs() : Map.of();
    }

    /** Records why the topic cannot be read now. */
    void failing(String reason) {
        problem = reason;
    }

    /** Whether {@code reason} is already the recorded problem. */
    boolean isFailing(String reason) {
        return reason.equals(problem);
    }

    /** Forgets everything read, as before the first record, fails the claims waiting, and returns the claims held. */
    Map<String, IdClaim> reset(String why) {
        Map<String, IdClaim> known = holders.all();
        loaded = new CompletableFuture<>();
        holders.clear();
        read = 0;
        positions.reset(new IllegalStateException(why));
        return known;
    }

    @PreDestroy
    void close() {
        notifier.shutdown();
    }
}
