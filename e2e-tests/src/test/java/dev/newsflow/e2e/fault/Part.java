package dev.newsflow.e2e.fault;

import static org.awaitility.Awaitility.await;

import dev.newsflow.e2e.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A part of the stack that bin/newsflow runs as processes of its own, and that a crash takes away at once. */
enum Part {
    INGEST("ingest-service"),
    ENRICH("enrich-service"),
    QUERY("query-service"),
    BROKER("kafka"),
    POSTGRES("postgres");

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String component;

    Part(String component) {
        this.component = component;
    }

    String component() {
        return component;
    }

    /**
     * Sends SIGKILL to every process of this part (the one bin/newsflow started and all it started; for PostgreSQL
     * also the postmaster and its backends, which pg_ctl detached), and waits until all of them are gone.
     *
     * @return the PIDs killed, the one bin/newsflow tracks first
     */
    List<Long> crash(Stack stack) {
        Optional<ProcessHandle> tracked = stack.processes().of(component);
        if (tracked.isEmpty()) {
            throw new AssertionError(component + " is not running, so it cannot be killed");
        }
        List<ProcessHandle> roots = new ArrayList<>(List.of(tracked.get()));
        if (this == POSTGRES) {
            roots.add(0,
                    stack.processes().postmaster()
                            .orElseThrow(() -> new AssertionError("no postmaster of the embedded PostgreSQL runs")));
        }
        List<ProcessHandle> all = roots.stream().flatMap(root -> Stream.concat(Stream.of(root), root.descendants()))
                .toList();
        all.forEach(ProcessHandle::destroyForcibly);
        await(component + "'s processes are gone after SIGKILL").atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> all.stream().noneMatch(ProcessHandle::isAlive));
        List<Long> pids = new ArrayList<>(List.of(tracked.get().pid()));
        all.stream().map(ProcessHandle::pid).filter(pid -> pid != tracked.get().pid()).forEach(pids::add);
        return pids;
    }
}
