package dev.newsflow.query.article.service;

import dev.newsflow.query.article.domain.FeedEvent;
import dev.newsflow.query.article.domain.FeedPosition;
import dev.newsflow.query.article.persistence.FeedRepository;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The live feed of materialized articles and their retractions: one poll of the read model every half second while
 * anyone follows it, shared by every follower, so it sees what any replica materialized. A transaction stamps its
 * rows before it commits, so each poll re-reads the last {@link #OVERLAP} before the newest row it saw; each revision
 * and each retraction is announced once. One whose transaction took longer than that is not announced (a reload
 * shows it).
 */
@ApplicationScoped
public class ArticleFeed {

    static final Duration OVERLAP = Duration.ofSeconds(3);
    private static final long POLL_MS = 500;
    private static final int BATCH = 500;
    private static final int REMEMBERED = 10_000;

    private final FeedRepository repository;
    private final Set<MultiEmitter<? super FeedEvent>> followers = new CopyOnWriteArraySet<>();
    private final Map<String, Integer> announced = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > REMEMBERED;
        }
    };
    private ScheduledExecutorService poller;
    private Instant newest;

    ArticleFeed(FeedRepository repository) {
        this.repository = repository;
    }

    /**
     * The articles materialized and retracted from now on; first, when {@code after} is given (the
     * {@link FeedEvent#position()} of an event seen before), those stored after it, oldest first.
     */
    public Multi<FeedEvent> follow(FeedPosition after) {
        return Multi.createFrom().<FeedEvent>emitter(emitter -> {
            if (after != null) {
                try {
                    readAfter(after, emitter::emit);
                } catch (RuntimeException e) {
                    emitter.fail(e);
                    return;
                }
            }
            followers.add(emitter);
            emitter.onTermination(() -> followers.remove(emitter));
            startPolling();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private synchronized void startPolling() {
        if (poller == null) {
            newest = Instant.now();
            poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "article-feed");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(this::poll, 0, POLL_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void poll() {
        if (followers.isEmpty()) {
            return;
        }
        try {
            FeedPosition last = readAfter(new FeedPosition(newest.minus(OVERLAP), ""), this::announce);
            if (last.updatedAt().isAfter(newest)) {
                newest = last.updatedAt();
            }
        } catch (RuntimeException e) {
            Log.debugf("The article feed could not read the read model (%s); trying again", e.getMessage());
        }
    }

    /**
     * Hands every article and retraction stored after {@code from} to {@code each}, a page at a time; returns the last
     * position.
     */
    private FeedPosition readAfter(FeedPosition from, Consumer<FeedEvent> each) {
        FeedPosition last = from;
        List<FeedEvent> items;
        do {
            items = repository.after(last, BATCH);
            items.forEach(each);
            if (!items.isEmpty()) {
                last = items.get(items.size() - 1).position();
            }
        } while (items.size() == BATCH);
        return last;
    }

    private void announce(FeedEvent event) {
        Integer seen = announced.get(event.id());
        if (seen == null || seen < event.step()) {
            announced.put(event.id(), event.step());
            followers.forEach(follower -> follower.emit(event));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
        followers.forEach(MultiEmitter::complete);
    }
}
