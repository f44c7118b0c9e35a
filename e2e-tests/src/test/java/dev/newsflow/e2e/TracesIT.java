package dev.newsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One post makes one trace: the stack runs with its spans exported to an OTLP receiver in this JVM, one post is
 * dropped, and the spans of ingest-service, enrich-service and query-service about it share one trace id, each step's
 * span a descendant of the one before.
 */
class TracesIT {

    private static final String POST = "2026-10-09-bitcoin-tops-90000-etf-inflows.md";

    private static OtlpReceiver receiver;
    private static Stack stack;

    @BeforeAll
    static void up() throws IOException, SQLException {
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("newsflow.e2e.traces.home", "target/e2e-traces-home"))
                .toAbsolutePath();
        receiver = OtlpReceiver.start();
        stack = new Stack(root, home, Map.of("NEWSFLOW_OTLP_ENDPOINT", receiver.endpoint(),
                "NEWSFLOW_ENRICH_FETCH_ENABLED", "false"));
        stack.deleteState();
        Stack.dropDatabase();
        stack.run("up");
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.run("down");
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void onePostIsOneTraceThroughTheThreeServices() {
        // Given the stack exporting its spans
        // When one post is dropped
        stack.run("drop", stack.root().resolve("samples").resolve(POST).toString());

        // Then one trace holds the post's span in each service
        Waits.until("a trace has the post's spans of the three services", () -> postTrace().isPresent());
        List<OtlpSpans.Span> trace = receiver.ofTrace(postTrace().orElseThrow());
        assertThat(trace.stream().map(OtlpSpans.Span::service).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ingest-service", "enrich-service", "query-service");
        OtlpSpans.Span ingest = only(trace, "ingest post");
        OtlpSpans.Span enrich = only(trace, "enrich article");
        OtlpSpans.Span store = only(trace, "materialize article");
        // And the post's span in ingest-service starts it, and each next step descends from the one before
        assertThat(ingest.parentSpanId()).isEmpty();
        assertThat(ancestors(trace, enrich)).contains(ingest.spanId());
        assertThat(ancestors(trace, store)).contains(enrich.spanId());
    }

    private static Optional<String> postTrace() {
        return receiver.spans().stream().filter(span -> span.name().equals("materialize article"))
                .map(OtlpSpans.Span::traceId).filter(traceId -> names(traceId).containsAll(
                        Set.of("ingest post", "enrich article", "materialize article")))
                .findFirst();
    }

    private static Set<String> names(String traceId) {
        return receiver.ofTrace(traceId).stream().map(OtlpSpans.Span::name).collect(Collectors.toSet());
    }

    private static OtlpSpans.Span only(List<OtlpSpans.Span> trace, String name) {
        List<OtlpSpans.Span> named = trace.stream().filter(span -> span.name().equals(name)).toList();
        assertThat(named).as("spans named %s", name).hasSize(1);
        return named.get(0);
    }

    /** The span ids from {@code span}'s parent up to the root of {@code trace}. */
    private static List<String> ancestors(List<OtlpSpans.Span> trace, OtlpSpans.Span span) {
        List<String> found = new ArrayList<>();
        String parent = span.parentSpanId();
        while (!parent.isEmpty() && !found.contains(parent)) {
            found.add(parent);
            String current = parent;
            parent = trace.stream().filter(s -> s.spanId().equals(current)).map(OtlpSpans.Span::parentSpanId)
                    .findFirst().orElse("");
        }
        return found;
    }
}
