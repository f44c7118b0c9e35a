package dev.newsflow.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's per-process figures, read of this test's own JVM. */
class ProcessGaugesTest {

    @Test
    void reportsTheCpuPerPostAndTheResidentMemoryOfEachProcess() {
        List<String> lines = new ArrayList<>();
        ProcessGauges gauges = ProcessGauges.of(List.of("this-jvm=" + ProcessHandle.current().pid()), lines::add);
        gauges.start();
        long sum = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
        while (threads.getCurrentThreadCpuTime() < until) {
            sum += Long.toString(sum).hashCode();
        }
        gauges.sample();
        gauges.report(100, lines::add);
        assertThat(sum).isNotZero();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).matches("    this-jvm +(\\d+\\.\\d\\d) CPU-ms/post   RSS (\\d+ MiB -> \\d+ MiB"
                + "|not readable here \\(no /proc\\))");
        double perPost = Double.parseDouble(lines.get(1).replaceAll(".*this-jvm +([0-9.]+) CPU-ms.*", "$1"));
        assertThat(perPost).as("300 ms of CPU over 100 posts").isGreaterThan(1.0);
        assertThat(lines.get(2)).startsWith("    all of them").contains(" CPU-ms/post");
    }

    @Test
    void aProcessThatIsGoneIsLeftOutWithAWarning() {
        List<String> warnings = new ArrayList<>();
        ProcessGauges gauges = ProcessGauges.of(List.of("ghost=999999999"), warnings::add);
        assertThat(warnings).containsExactly("  ghost (pid 999999999) is not running");
        List<String> lines = new ArrayList<>();
        gauges.start();
        gauges.report(10, lines::add);
        assertThat(lines).isEmpty();
    }

    @Test
    void aProcessIsNamedWithItsPid() {
        assertThatThrownBy(() -> ProcessGauges.of(List.of("enrich-service"), line -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--process takes NAME=PID, not 'enrich-service'");
    }
}
