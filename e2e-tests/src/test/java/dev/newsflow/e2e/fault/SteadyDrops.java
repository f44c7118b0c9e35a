package dev.newsflow.e2e.fault;

import dev.newsflow.e2e.bench.PostGenerator;
import dev.newsflow.e2e.bucket.BucketDropper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/** Drops generated posts into a bucket at a steady rate on a thread of its own, until it is stopped. */
final class SteadyDrops implements AutoCloseable {

    private final PostGenerator generator;
    private final BucketDropper dropper;
    private final double rate;
    private final List<String> ids = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile RuntimeException failure;

    /** Starts dropping posts of run {@code run} into {@code bucket}, {@code rate} posts per second. */
    SteadyDrops(Path bucket, String run, double rate) {
        this.generator = new PostGenerator(run);
        this.dropper = new BucketDropper(bucket);
        this.rate = rate;
        this.thread = new Thread(this::dropUntilStopped, "steady-drops-" + run);
        thread.setDaemon(true);
        thread.start();
    }

    /** The category every post of this run has. */
    String category() {
        return generator.category();
    }

    /** How many posts were dropped so far. */
    int dropped() {
        return ids.size();
    }

    /** The ids of the posts dropped so far, in order. */
    List<String> ids() {
        return List.copyOf(ids);
    }

    /** How many files wait in the bucket's {@code incoming/}. */
    long pending() {
        return dropper.pending();
    }

    /** Stops dropping; fails if a drop failed. */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join();
        if (failure != null) {
            throw failure;
        }
    }

    private void dropUntilStopped() {
        long start = System.nanoTime();
        try {
            for (int i = 0; !stopped; i++) {
                LockSupport.parkNanos(start + (long) (i * 1e9 / rate) - System.nanoTime());
                PostGenerator.Post post = generator.post(i);
                dropper.drop(post.fileName(), post.content());
                ids.add(post.id());
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }
}
