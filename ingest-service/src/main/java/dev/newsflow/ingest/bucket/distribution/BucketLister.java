package dev.newsflow.ingest.bucket.distribution;

import dev.newsflow.ingest.bucket.domain.BucketEntry;
import dev.newsflow.ingest.bucket.domain.BucketException;
import dev.newsflow.ingest.concurrent.Threads;
import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The lister of a key-queue replica: while the replica owns partition 0, lists {@code incoming/} every
 * {@code interval} on a thread of its own (so listing never holds up taking) and announces each entry (key and
 * size) not announced yet; entries that left {@code incoming/} are forgotten, so a key dropped again is announced
 * again, and so is a key whose object came back with another size before a listing saw it gone (a rejected post fixed
 * and sent back at once).
 */
class BucketLister {

    private final String name;
    private final Duration interval;
    private final Supplier<List<BucketEntry>> lister;
    private final KeyAnnouncer announcer;
    private final BooleanSupplier owner;
    private final ScheduledExecutorService listing;
    private final Set<BucketEntry> announced = new HashSet<>();
    private boolean wasOwner;

    BucketLister(String name, Duration interval, Supplier<List<BucketEntry>> lister, KeyAnnouncer announcer,
            BooleanSupplier owner) {
        this.name = name;
        this.interval = interval;
        this.lister = lister;
        this.announcer = announcer;
        this.owner = owner;
        this.listing = Executors.newSingleThreadScheduledExecutor(Threads.named(name + "-lister"));
    }

    /** Lists now and every interval from now on. */
    void start() {
        listing.scheduleWithFixedDelay(this::listIfOwner, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops listing, waiting for a listing under way. */
    void stop() {
        listing.shutdown();
        try {
            listing.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listIfOwner() {
        boolean owns = owner.getAsBoolean();
        if (owns && !wasOwner) {
            Log.infof("%s lists the bucket now", name);
            announced.clear();
        } else if (!owns && wasOwner) {
            Log.infof("%s does not list the bucket any more", name);
        }
        wasOwner = owns;
        if (!owns) {
            return;
        }
        try {
            List<BucketEntry> listed = lister.get();
            for (BucketEntry entry : listed) {
                if (announced.add(entry)) {
                    announcer.announce(entry);
                }
            }
            announced.retainAll(Set.copyOf(listed));
            announcer.flush();
        } catch (BucketException e) {
            Log.warnf("Listing the bucket failed, retried in %s: %s", interval, e.getMessage());
        } catch (RuntimeException e) {
            Log.errorf(e, "Listing the bucket failed, retried in %s: %s", interval, e.getMessage());
        }
    }
}
