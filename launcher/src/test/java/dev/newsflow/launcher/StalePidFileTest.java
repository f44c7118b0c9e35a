package dev.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PID file whose process is gone, or whose PID now belongs to an unrelated process, is ignored and cleaned. */
class StalePidFileTest {

    @TempDir
    Path folder;

    private TestStack stack;
    private Process unrelated;

    @BeforeEach
    void setUp() throws Exception {
        stack = new TestStack(folder, Map.of());
        Files.createDirectories(stack.home.resolve("run"));
        Process dead = new ProcessBuilder(javaExecutable(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        dead.waitFor();
        Files.writeString(stack.home.resolve("run/ingest-service.pid"), dead.pid() + "\n");
        unrelated = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                SleepingProcess.class.getName()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Files.writeString(stack.home.resolve("run/enrich-service.pid"), unrelated.pid() + "\n");
        Files.writeString(stack.home.resolve("run/query-service.pid"), "not a pid\n");
    }

    @AfterEach
    void tearDown() {
        unrelated.destroyForcibly();
        stack.killLeftovers();
    }

    @Test
    void statusShowsThemStopped() {
        TestStack.Run run = stack.run("status");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsPattern("ingest-service +- +stopped")
                .containsPattern("enrich-service +- +stopped").containsPattern("query-service +- +stopped");
    }

    @Test
    void downRemovesThemAndLeavesTheUnrelatedProcessAlone() {
        TestStack.Run run = stack.run("down");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("ingest-service: not running (removed a stale PID file)",
                "enrich-service: not running (removed a stale PID file)",
                "query-service: not running (removed a stale PID file)");
        assertThat(unrelated.isAlive()).isTrue();
        assertThat(stack.home.resolve("run/enrich-service.pid")).doesNotExist();
    }

    @Test
    void upStartsTheServicesAfresh() throws IOException {
        TestStack.Run run = stack.run("up");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out())
                .contains("ingest-service: starting", "enrich-service: starting", "query-service: starting");
        assertThat(unrelated.isAlive()).isTrue();
        assertThat(stack.pid("enrich-service")).get().extracting(ProcessHandle::pid).isNotEqualTo(unrelated.pid());
        assertThat(stack.running()).hasSize(3);
        assertThat(stack.run("down").exit()).isZero();
        assertThat(stack.running()).isEmpty();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A process that is not the stack's: it only sleeps. */
    public static final class SleepingProcess {

        private SleepingProcess() {
        }

        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(120_000);
        }
    }
}
