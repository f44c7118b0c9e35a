package dev.newsflow.query.article.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes the requests that wait for an article as soon as this replica committed a change of it; what another replica
 * stores, the waiting requests see by checking the database again after a short while.
 */
@ApplicationScoped
public class ArticleSignals {

    private final Map<String, Set<Runnable>> waiting = new ConcurrentHashMap<>();

    /** Completes on the next commit of a change of article {@code id}, or after {@code atMost}, whichever is first. */
    public Uni<Void> next(String id, Duration atMost) {
        return Uni.createFrom().<Void>emitter(emitter -> {
            Runnable wake = () -> emitter.complete(null);
            waiting.computeIfAbsent(id, key -> ConcurrentHashMap.newKeySet()).add(wake);
            emitter.onTermination(() -> waiting.computeIfPresent(id, (key, wakes) -> {
                wakes.remove(wake);
                return wakes.isEmpty() ? null : wakes;
            }));
        }).ifNoItem().after(atMost).recoverWithItem((Void) null);
    }

    /** Tells the waiting requests that changes of {@code ids} were committed. */
    void committed(Collection<String> ids) {
        for (String id : ids) {
            Set<Runnable> wakes = waiting.get(id);
            if (wakes != null) {
                wakes.forEach(Runnable::run);
            }
        }
    }
}
