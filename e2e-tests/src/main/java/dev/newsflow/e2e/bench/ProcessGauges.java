package dev.newsflow.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The CPU time and resident memory of the stack's processes over a benchmark run: CPU of each process with its
 * children (PostgreSQL's backends), resident set of the process itself when idle and at its peak under load. CPU time
 * comes from the JDK on every system; the resident set from {@code /proc} where there is one.
 */
final class ProcessGauges {

    private static final long KIB = 1024;

    private final List<Gauge> gauges;

    private ProcessGauges(List<Gauge> gauges) {
        this.gauges = gauges;
    }

    /** The gauges of {@code name=pid} pairs; a process that has already gone is left out with a warning. */
    static ProcessGauges of(List<String> specs, Consumer<String> warn) {
        List<Gauge> gauges = new ArrayList<>();
        for (String spec : specs) {
            int equals = spec.indexOf('=');
            if (equals < 1 || !spec.substring(equals + 1).matches("[0-9]{1,18}")) {
                throw new IllegalArgumentException("--process takes NAME=PID, not '" + spec + "'");
            }
            String name = spec.substring(0, equals);
            ProcessHandle.of(Long.parseLong(spec.substring(equals + 1))).filter(ProcessHandle::isAlive).ifPresentOrElse(
                    process -> gauges.add(new Gauge(name, process)),
                    () -> warn.accept("  " + name + " (pid " + spec.substring(equals + 1) + ") is not running"));
        }
        return new ProcessGauges(gauges);
    }

    /** Reads every process's CPU time and resident set as the run starts. */
    void start() {
        for (Gauge gauge : gauges) {
            gauge.cpuAtStart = cpu(gauge.process);
            gauge.idle = resident(gauge.process);
            gauge.peak = gauge.idle;
        }
    }

    /** Reads every process's resident set again, keeping the peak. */
    void sample() {
        for (Gauge gauge : gauges) {
            gauge.peak = Math.max(gauge.peak, resident(gauge.process));
        }
    }

    /** Prints the CPU milliseconds per post of each process and of all of them, and each one's resident sets. */
    void report(int posts, Consumer<String> say) {
        if (gauges.isEmpty()) {
            return;
        }
        sample();
        say.accept("  per process: CPU-ms per post (with its child processes) and resident memory, idle -> peak");
        double total = 0;
        for (Gauge gauge : gauges) {
            double perPost = (cpu(gauge.process) - gauge.cpuAtStart) / 1e6 / posts;
            total += perPost;
            say.accept(String.format(Locale.ROOT, "    %-16s %5.2f CPU-ms/post   RSS %s", gauge.name, perPost,
                    gauge.idle < 0 ? "not readable here (no /proc)"
                            : mebibytes(gauge.idle) + " -> " + mebibytes(gauge.peak)));
        }
        say.accept(String.format(Locale.ROOT, "    %-16s %5.2f CPU-ms/post", "all of them", total));
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / (double) (KIB * KIB));
    }

    /** CPU nanoseconds of a process and its descendants so far (those that ended are not counted). */
    private static long cpu(ProcessHandle process) {
        long nanos = own(process);
        for (ProcessHandle child : process.descendants().toList()) {
            nanos += own(child);
        }
        return nanos;
    }

    private static long own(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** The resident set of the process in bytes ({@code VmRSS} of /proc/PID/status), or -1 where it cannot be read. */
    private static long resident(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * KIB;
                }
            }
            return -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** One process and what was read of it. */
    private static final class Gauge {
        private final String name;
        private final ProcessHandle process;
        private long cpuAtStart;
        private long idle;
        private long peak;

        private Gauge(String name, ProcessHandle process) {
            this.name = name;
            this.process = process;
        }
    }
}
