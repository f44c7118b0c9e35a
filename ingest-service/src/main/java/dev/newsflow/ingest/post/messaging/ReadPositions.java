package dev.newsflow.ingest.post.messaging;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;

/**
 * How far one reader has read each partition of a topic, and the callers waiting until it has read past a record:
 * the reader moves the positions and wakes the callers; any thread may wait.
 */
final class ReadPositions {

    private final Map<Integer, Long> positions = new ConcurrentHashMap<>();
    private final Map<Integer, PriorityBlockingQueue<Waiter>> waiters = new ConcurrentHashMap<>();

    /** The next offset to read in {@code partition}, if it was read at all. */
    Long get(int partition) {
        return positions.get(partition);
    }

    /** Records that the reader's next offset in {@code partition} is {@code position}. */
    void moveTo(int partition, long position) {
        positions.put(partition, position);
    }

    /** Completes once the record at {@code offset} of {@code partition} was read. */
    CompletableFuture<Void> readPast(int partition, long offset) {
        Waiter waiter = new Waiter(offset, new CompletableFuture<>());
        waiters.computeIfAbsent(partition, p -> new PriorityBlockingQueue<>()).add(waiter);
        Long position = positions.get(partition);
        if (position != null && position > offset) {
            waiter.read().complete(null);
        }
        return waiter.read();
    }

    /** Completes, on {@code executor}, the waits for records that were read; called by the reader after it moved. */
    void wake(Executor executor) {
        waiters.forEach((partition, queue) -> {
            long position = positions.getOrDefault(partition, 0L);
            while (!queue.isEmpty() && queue.peek().offset() < position) {
                queue.poll().read().completeAsync(() -> null, executor);
            }
        });
    }

    /** Forgets every position and fails every wait with {@code failure}. */
    void reset(RuntimeException failure) {
        positions.clear();
        waiters.values().forEach(queue -> queue.forEach(waiter -> waiter.read().completeExceptionally(failure)));
        waiters.clear();
    }

    /** A caller waiting until the record at {@code offset} was read. */
    private record Waiter(long offset, CompletableFuture<Void> read) implements Comparable<Waiter> {
        @Override
        public int compareTo(Waiter other) {
            return Long.compare(offset, other.offset);
        }
    }
}
