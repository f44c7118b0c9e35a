package dev.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A part that cannot start: a clear error, the tail of its log, and nothing left running. */
class FailedStartTest {

    @TempDir
    Path folder;

    private TestStack stack;

    @AfterEach
    void tearDown() {
        stack.killLeftovers();
    }

    @Test
    void aTakenPortIsAnErrorBeforeAnythingStarts() throws IOException {
        stack = new TestStack(folder, Map.of());
        try (ServerSocket taken = new ServerSocket(stack.port("query-service"))) {
            TestStack.Run run = stack.run("up");

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("bin/newsflow: error: port " + stack.port("query-service")
                    + " (query-service) is already taken by another process. Stop that process, or pick another port: "
                    + "QUERY_HTTP_PORT=<port> bin/newsflow up\n");
            assertThat(run.out()).isEmpty();
            assertThat(stack.running()).isEmpty();
            assertThat(pidFiles()).isEmpty();
        }
    }

    @Test
    void aServiceThatExitsIsReportedWithItsLogAndWhatThisRunStartedIsStopped() throws IOException {
        stack = new TestStack(folder, Map.of("enrich-service", "exit"));

        TestStack.Run run = stack.run("up");

        assertThat(run.exit()).isEqualTo(1);
        Path log = stack.home.resolve("logs/enrich-service.log");
        assertThat(run.err()).contains("---- last 30 lines of " + log,
                "enrich-service: cannot start: the stand-in was told to fail",
                "bin/newsflow: error: enrich-service exited during start-up (log: " + log + ")");
        assertThat(run.out()).contains("ingest-service: starting", "ready at", "enrich-service: starting", "failed")
                .contains("ingest-service: stopping").doesNotContain("query-service");
        assertThat(stack.running()).isEmpty();
        assertThat(pidFiles()).isEmpty();
    }

    @Test
    void aServiceThatNeverBecomesReadyIsStoppedAfterTheTimeout() throws IOException {
        stack = new TestStack(folder, Map.of("query-service", "never-ready"));
        stack.env.put("NEWSFLOW_START_TIMEOUT", "3");

        TestStack.Run run = stack.run("up");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("---- last 30 lines of", "stand-in query-service listening on")
                .contains("bin/newsflow: error: query-service was not ready at http://localhost:" + stack.port("query-service")
                        + "/q/health/ready within 3 s; stopped it");
        assertThat(stack.running()).isEmpty();
        assertThat(pidFiles()).isEmpty();
    }

    @Test
    void whatRanBeforeAFailedUpKeepsRunning() throws IOException {
        stack = new TestStack(folder, Map.of());
        assertThat(stack.run("up").exit()).isZero();
        ProcessHandle query = stack.pid("query-service").orElseThrow();
        query.destroyForcibly();
        query.onExit().join();
        stack.standIn("query-service", "exit");

        TestStack.Run run = stack.run("up");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("ingest-service: already running", "enrich-service: already running");
        assertThat(run.err()).contains("query-service exited during start-up");
        assertThat(stack.running()).hasSize(2);
        assertThat(stack.run("down").exit()).isZero();
        assertThat(stack.running()).isEmpty();
    }

    @Test
    void aMissingServiceJarIsBuiltAndABuildThatCannotRunSaysSo() throws IOException {
        stack = new TestStack(folder, Map.of());
        Files.delete(stack.root.resolve("query-service/target/quarkus-app/quarkus-run.jar"));

        TestStack.Run run = stack.run("up");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("build: ./mvnw -q -B package -DskipTests (missing: query-service)");
        assertThat(run.err()).startsWith("bin/newsflow: error: cannot run the Maven wrapper at " + stack.root + ": ");
        assertThat(stack.running()).isEmpty();
    }

    private List<Path> pidFiles() throws IOException {
        try (var files = Files.list(stack.home.resolve("run"))) {
            return files.filter(file -> file.toString().endsWith(".pid")).toList();
        }
    }
}
