package dev.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line: help for everything, and a clear one-line error (exit 1) for every misuse, before anything runs.
 */
class UsageTest {

    @TempDir
    Path folder;

    private TestStack stack;

    @BeforeEach
    void setUp() throws IOException {
        stack = new TestStack(folder, Map.of());
    }

    @Test
    void withoutACommandItPrintsTheOverview() {
        TestStack.Run run = stack.run();

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: bin/newsflow COMMAND [OPTIONS]").contains("up [--build] [--samples]")
                .contains("NEWSFLOW_HOME").contains(stack.home.toString())
                .contains("NEWSFLOW_JAVA_OPTS      the services' JVM options (default \""
                        + Settings.commonJavaOpts(Runtime.version()) + "\" and the heap's ceiling: "
                        + Settings.SERVICE_MAX_HEAPS.get("enrich-service") + " enrich-service, "
                        + Settings.SERVICE_MAX_HEAPS.get("ingest-service") + " ingest-service, "
                        + Settings.SERVICE_MAX_HEAPS.get("query-service") + " query-service)")
                .contains("MALLOC_ARENA_MAX        the services' glibc malloc arenas (default 2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"up", "down", "status", "logs", "drop", "retry", "consume", "bench", "clean"})
    void everyCommandHasItsHelp(String command) {
        TestStack.Run help = stack.run(command, "--help");
        TestStack.Run viaHelp = stack.run("help", command);

        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: bin/newsflow " + command);
        assertThat(viaHelp.out()).isEqualTo(help.out());
        assertThat(stack.home).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "frobnicate            | unknown command 'frobnicate'",
        "up --fast             | up: unknown option '--fast' (see 'bin/newsflow up --help')",
        "down now              | down: unknown argument 'now'",
        "status -v             | status: unknown argument '-v'",
        "status a.md b.md      | status: one FILE at a time, not 2",
        "retry                 | retry: which rejected post? (see 'bin/newsflow retry --help')",
        "retry a.md b.md       | retry: one NAME at a time, not 2",
        "clean all             | clean: unknown argument 'all'",
        "logs --all            | logs: unknown option '--all'",
        "logs -n many          | -n must be a number, not 'many'",
        "logs -n               | -n needs a number",
        "drop                  | drop: which file(s)? (see 'bin/newsflow drop --help')",
        "drop no-such-post.md  | drop: 'no-such-post.md' is not a readable file",
        "consume               | consume: which topic? (see 'bin/newsflow consume --help')",
        "consume t --max lots  | --max must be a number, not 'lots'",
        "bench many            | N must be a number, not 'many'",
        "bench --rate          | --rate needs a number",
        "bench --warp 9        | bench: unknown option '--warp' (see 'bin/newsflow bench --help')",
        "bench 100             | bench: ingest-service is not running; run 'bin/newsflow up' first"})
    void aMisuseIsOneClearErrorLine(String commandLine, String error) {
        TestStack.Run run = stack.run(commandLine.split(" "));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().filter(line -> line.startsWith("bin/newsflow: error: ")))
                .containsExactly("bin/newsflow: error: " + error);
        assertThat(stack.running()).isEmpty();
    }

    @Test
    void aPortVariableThatIsNotANumberIsAnErrorForAnyCommand() {
        stack.env.put("QUERY_HTTP_PORT", "80a");

        TestStack.Run run = stack.run("status");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("bin/newsflow: error: QUERY_HTTP_PORT must be a number, not '80a'\n");
    }

    @Test
    void anUnknownPostgresModeIsAnErrorBeforeAnythingStarts() {
        stack.env.put("NEWSFLOW_POSTGRES", "sometimes");

        TestStack.Run run = stack.run("up");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("NEWSFLOW_POSTGRES must be auto, external or embedded, not 'sometimes'");
        assertThat(stack.running()).isEmpty();
    }

    @Test
    void anUnknownClassDataSettingIsAnErrorBeforeAnythingStarts() {
        stack.env.put("NEWSFLOW_CLASS_DATA", "yes");

        TestStack.Run run = stack.run("up");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("bin/newsflow: error: NEWSFLOW_CLASS_DATA must be on or off, not 'yes'\n");
        assertThat(stack.running()).isEmpty();
    }
}
